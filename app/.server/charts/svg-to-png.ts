import { Resvg } from "@resvg/resvg-js";
import { reportFont } from "../reports/layout/text-width";

/**
 * A chart's SVG as a PNG image for Word and PDF (resvg: no browser, no system fonts needed; the
 * text is set in the report typeface). `scale` 2 gives a sharp image when printed.
 *
 * @example svgToPng(statusBarsSvg(bars), 2) // → PNG bytes, twice the SVG's size in pixels
 */
export function svgToPng(svg: string, scale = 2): Buffer {
  const image = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: {
      fontFiles: [reportFont.regular, reportFont.bold],
      loadSystemFonts: false,
      defaultFontFamily: "IBM Plex Sans",
      sansSerifFamily: "IBM Plex Sans",
    },
  });
  return image.render().asPng();
}
