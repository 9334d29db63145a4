import type { ReactNode } from 'react';

/** A CSS string literal: quotes and backslashes escaped, line breaks dropped. */
const cssString = (text: string): string => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;

/**
 * The printed page's footer: the period and generation time at the bottom left, the page number
 * at the bottom right, in `@page` margin boxes (Chromium draws them from version 131). The same
 * words close the report on screen, for browsers that draw no margin boxes.
 */
export function PrintFooter({ text }: { text: string }): ReactNode {
  const css = `@media print {
  @page {
    margin: 16mm 14mm 20mm;
    @bottom-left { content: ${cssString(text)}; font: 9pt system-ui, sans-serif; color: #555; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #555; }
  }
}`;
  return (
    <>
      <style>{css}</style>
      <p className="report-footer muted">{text}</p>
    </>
  );
}
