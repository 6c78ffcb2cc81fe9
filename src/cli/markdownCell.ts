// Text made safe for one cell of a generated Markdown table.

/** `text` with its pipes escaped and its line breaks flattened, so it stays inside one table cell. */
export const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
