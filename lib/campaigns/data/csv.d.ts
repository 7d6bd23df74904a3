// The shipped campaign lists are bundled as text (Vite's `?raw`).
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
