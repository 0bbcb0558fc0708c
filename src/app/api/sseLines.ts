/**
 * Splits a `text/event-stream` into the JSON of its `data:` fields. Only what the
 * bridge sends is supported: one `data:` line per event, comments start with `:`.
 */
export function createSseParser(onData: (data: string) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    let boundary = buffer.indexOf('\n\n');
    while (boundary !== -1) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (data) onData(data);
      boundary = buffer.indexOf('\n\n');
    }
  };
}
