/** What a section says after an action: a failure (read out at once) and a plain notice. */
export function Messages({
  error,
  notice,
}: {
  error?: string | undefined;
  notice?: string | undefined;
}) {
  return (
    <>
      {error && (
        <div class="error" role="alert">
          {error}
        </div>
      )}
      {notice && (
        <div class="report" role="status">
          {notice}
        </div>
      )}
    </>
  );
}
