// Chart images: the chart's option drawn again off-screen (ECharts' server-side SVG mode, no DOM)
// with a title and the legend of the lines shown, saved as SVG, or drawn onto a canvas at twice
// the size and saved as PNG. Runs in the browser only (canvas, object URLs).
import { type EChartsCoreOption, init } from "echarts/core";

export const EXPORT_WIDTH = 1200;
export const EXPORT_HEIGHT = 560;

export function chartSvg(option: EChartsCoreOption, title: string): string {
  const chart = init(null, null, { renderer: "svg", ssr: true, width: EXPORT_WIDTH, height: EXPORT_HEIGHT });
  try {
    chart.setOption({
      ...option,
      backgroundColor: "#ffffff",
      title: { text: title, left: 8, top: 8, textStyle: { fontSize: 15, fontWeight: 600, color: "#0f172a" } },
      legend: {
        show: true,
        type: "plain",
        top: 36,
        left: 8,
        right: 8,
        icon: "roundRect",
        itemWidth: 14,
        itemHeight: 4,
      },
      grid: { left: 16, right: 24, top: 96, bottom: 16, containLabel: true },
      tooltip: { show: false },
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL can go once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadSvg(svg: string, fileName: string): void {
  save(new Blob([svg], { type: "image/svg+xml" }), `${fileName}.svg`);
}

export async function downloadPng(svg: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = EXPORT_WIDTH * scale;
    canvas.height = EXPORT_HEIGHT * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw the chart image (no 2D canvas).");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error("The chart image could not be encoded."))),
        "image/png",
      ),
    );
    save(png, `${fileName}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from the chart's subject and range: "climate-2024-01-01-to-2024-06-30". */
export function exportFileName(subject: string, from: string, to: string): string {
  const slug = subject
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "chart"}-${from}-to-${to}`;
}
