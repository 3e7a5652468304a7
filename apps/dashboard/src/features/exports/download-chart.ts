import { downloadTextFile } from './download-file';

// The presentational properties the charts set through CSS classes; copied
// onto each node so the file looks the same outside the page's stylesheet.
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/**
 * A stand-alone SVG document of a chart on the page: a clone with the
 * computed styles inlined, in the SVG namespace, on a white background.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const targets = [clone, ...Array.from(clone.querySelectorAll('*'))];
  sources.forEach((source, index) => {
    const computed = window.getComputedStyle(source);
    const target = targets[index] as SVGElement;
    const inline = STYLE_PROPERTIES.map(
      (name) => `${name}:${computed.getPropertyValue(name)}`,
    ).join(';');
    target.setAttribute(
      'style',
      `${inline};${target.getAttribute('style') ?? ''}`,
    );
    target.removeAttribute('class');
  });
  // XMLSerializer writes the SVG namespace itself; setting xmlns as well would
  // repeat the attribute and make the file invalid XML (no image would load).
  const background = document.createElementNS(
    'http://www.w3.org/2000/svg',
    'rect',
  );
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  downloadTextFile({
    text: standaloneSvg(svg),
    fileName,
    mimeType: 'image/svg+xml;charset=utf-8',
  });
}

/** The chart as a PNG at twice its size on screen (sharp when printed). */
export async function downloadPng(
  svg: SVGSVGElement,
  fileName: string,
  scale = 2,
): Promise<void> {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  // A data: URL, not a blob: one: the app's Content-Security-Policy allows
  // images from 'self' and data: only.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(standaloneSvg(svg))}`;
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () =>
      reject(new Error('the chart could not be drawn as an image'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser cannot draw images');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/png'),
  );
  if (!blob) throw new Error('the image could not be encoded');
  const pngUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = pngUrl;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(pngUrl), 1000);
}
