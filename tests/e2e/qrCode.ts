import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';

/**
 * Reads a QR code the app drew as SVG: drawn into a canvas in the page from the SVG's own path, then
 * decoded here by jsQR, as a phone camera would. Null when it is not a readable code.
 */
export async function decodeQrSvg(code: Locator): Promise<string | null> {
  const image = await code.evaluate((svg) => {
    const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
    const scale = 8;
    const canvas = document.createElement('canvas');
    canvas.width = size * scale;
    canvas.height = size * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.fillStyle = '#000000';
    context.fill(new Path2D(svg.querySelector('path')?.getAttribute('d') ?? ''));
    const data = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, pixels: [...data.data] };
  });
  return jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height)?.data ?? null;
}
