// A tiny inline trend (server-rendered SVG, no script): the shape of a series at a glance.
interface SparklineProps {
  values: readonly (number | null)[];
  color: string;
  width?: number;
  height?: number;
  label: string;
}

export function Sparkline({ values, color, width = 120, height = 28, label }: SparklineProps) {
  const numbers = values.map((v) => v ?? 0);
  const max = Math.max(...numbers, 0);
  const step = numbers.length > 1 ? width / (numbers.length - 1) : width;
  const y = (v: number) => (max > 0 ? height - 2 - (v / max) * (height - 4) : height - 2);
  const points = numbers.map((v, i) => `${(i * step).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const area = numbers.length > 1 ? `0,${height} ${points} ${width},${height}` : "";
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="block"
    >
      <title>{label}</title>
      {area && <polygon points={area} fill={color} fillOpacity={0.12} />}
      {numbers.length > 1 ? (
        <polyline points={points} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" />
      ) : (
        <line x1={0} x2={width} y1={height - 2} y2={height - 2} stroke={color} strokeWidth={1.5} />
      )}
    </svg>
  );
}
