import type { Browser } from 'playwright-core';

export type Rgb = readonly [number, number, number];

/**
 * Counts the pixels of a PNG screenshot within `tolerance` of each colour. The PNG
 * is decoded in a scratch page's own 2D canvas, so no image library is needed and
 * the page under test keeps its state.
 */
export async function countColours<K extends string>(
  browser: Browser,
  png: Buffer,
  colours: Record<K, Rgb>,
  tolerance = 12,
): Promise<Record<K, number>> {
  const probe = await browser.newPage();
  try {
    return (await probe.evaluate(
      async ({ dataUrl, colours, tolerance }) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        const counts: Record<string, number> = {};
        for (const [name, [r, g, b]] of Object.entries(colours as Record<string, Rgb>)) {
          let n = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (
              Math.abs(data[i]! - r) <= tolerance &&
              Math.abs(data[i + 1]! - g) <= tolerance &&
              Math.abs(data[i + 2]! - b) <= tolerance
            )
              n++;
          }
          counts[name] = n;
        }
        return counts;
      },
      { dataUrl: `data:image/png;base64,${png.toString('base64')}`, colours, tolerance },
    )) as Record<K, number>;
  } finally {
    await probe.close();
  }
}
