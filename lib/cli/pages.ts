/** Reading HTML pages from files for the scanner in Node: their URL and their document. */
import { pathToFileURL } from 'node:url';
import { parseHtml } from './dom.ts';

/** A saved page's URL: its `<link rel=canonical>` when it has one, else the file's URL. */
export function pageUrlOf(doc: Document, filePath: string): string {
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  if (canonical) {
    try {
      return new URL(canonical).href;
    } catch {
      // A relative or broken canonical link says nothing about where the page lives.
    }
  }
  return pathToFileURL(filePath).href;
}

export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html|<head|<body|<meta|<title)/i.test(
      text.slice(0, 2000),
    ) || /<\/(p|div|a|body|html)>/i.test(text.slice(0, 20000))
  );
}

export function parsePageFile(html: string, filePath: string): { doc: Document; url: string } {
  const doc = parseHtml(html);
  return { doc, url: pageUrlOf(doc, filePath) };
}
