/**
 * A large NHS-like page for the benchmark: a mega-menu, a long main column of news, tables
 * and lists, a sidebar and a footer, with at least 20,000 elements and 2,000 links.
 */
export function largePageHtml(sections = 460): string {
  const menu = Array.from(
    { length: 40 },
    (_, i) =>
      `<li class="menu-item"><a href="/section-${i}/">Section ${i}</a><ul class="sub-menu">${Array.from(
        { length: 12 },
        (_, j) => `<li><a href="/section-${i}/page-${j}/">Page ${j} of section ${i}</a></li>`,
      ).join('')}</ul></li>`,
  ).join('');
  const section = (i: number) => `
    <section class="news-item" id="item-${i}">
      <h2>Update ${i}: changes to local services</h2>
      <p class="meta"><span>Posted on ${(i % 28) + 1} March 2023</span> by <a href="/author/${i % 7}/">the communications team</a></p>
      <p>NHS Example Integrated Care Board is working with partners to improve <strong>urgent care</strong> and
      <em>community services</em> across the area. Read the <a href="/news/${i}/">full story</a> or
      <a href="/documents/report-${i}.pdf">download the report (PDF)</a>.</p>
      <ul>${Array.from({ length: 4 }, (_, j) => `<li><a href="/topics/${i}-${j}/">Topic ${j}</a> <span class="count">${j + 3}</span></li>`).join('')}</ul>
      <table class="data"><tbody>${Array.from({ length: 3 }, (_, j) => `<tr><td>Row ${j}</td><td>${j * i}</td><td><span>${i}</span></td></tr>`).join('')}</tbody></table>
      <div class="share"><a href="https://twitter.com/intent/tweet?url=/news/${i}/">Share</a></div>
    </section>`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>News – NHS Example Integrated Care Board</title></head>
  <body>
  <header class="site-header"><a href="/" class="logo"><img src="data:," alt="NHS Example ICB"></a>
    <nav class="main-navigation"><ul class="menu">${menu}</ul></nav></header>
  <main id="main"><h1>News</h1>${Array.from({ length: sections }, (_, i) => section(i)).join('')}</main>
  <aside class="sidebar"><h2>Get involved</h2><p>Join our <a href="/get-involved/citizens-panel/">citizens' panel</a>.</p></aside>
  <footer class="site-footer"><p>NHS Example ICB, 1 Example Street, Exampleton EX1 1EX. Telephone <a href="tel:01614960123">0161 496 0123</a>.
    Email <a href="mailto:enquiries@example.nhs.uk">enquiries@example.nhs.uk</a></p>
    <ul class="social"><li><a href="https://twitter.com/ExampleICB" aria-label="Twitter"></a></li><li><a href="https://www.facebook.com/ExampleICB" aria-label="Facebook"></a></li></ul>
    <p><a href="/foi/">Freedom of Information</a> · <a href="/privacy/">Privacy</a></p></footer>
  </body></html>`;
}
