/**
 * Draws boundaries and pins as plain SVG at build time, for the small static maps
 * on service and locality pages (no JavaScript, no tiles). The maps are files
 * built by the map.svg and boundary.svg endpoints under src/pages/localities/ and
 * shown with <img>, not inline SVG, so pages stay small and the files are cached.
 * A local equirectangular projection, scaled by cos(latitude): at city scale it
 * looks like the web maps.
 */
import {
  boundsOf,
  labelPoint,
  type AreaGeometry,
  type BoundaryCollection,
  type Bounds,
  type LatLng,
} from './geometry.ts';

export interface Projection {
  width: number;
  height: number;
  project: (point: LatLng) => [x: number, y: number];
}

/** Fits the bounds (plus a margin, as a share of the size) into a box `width` wide. */
export function projectionFor(bounds: Bounds, width = 400, margin = 0.06): Projection {
  const midLat = (bounds.minLat + bounds.maxLat) / 2;
  const xScale = Math.cos((midLat * Math.PI) / 180);
  const spanX = (bounds.maxLng - bounds.minLng) * xScale;
  const spanY = bounds.maxLat - bounds.minLat;
  const padX = spanX * margin;
  const padY = spanY * margin;
  const scale = width / (spanX + 2 * padX);
  const height = Math.round((spanY + 2 * padY) * scale);
  return {
    width,
    height,
    project: ({ lat, lng }) => [
      Math.round(((lng - bounds.minLng) * xScale + padX) * scale * 10) / 10,
      Math.round((bounds.maxLat - lat + padY) * scale * 10) / 10,
    ],
  };
}

/** The SVG path of a geometry, holes included (draw it with fill-rule: evenodd). */
export function geometryPath(geometry: AreaGeometry, projection: Projection): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flat()
    .map((ring) => `M${ring.map(([lng, lat]) => projection.project({ lat, lng }).join(',')).join('L')}Z`)
    .join('');
}

/** Width of every static map, in SVG units (the image scales to its column). */
export const mapWidth = 400;

/** The city map's frame: every boundary, with a small margin. */
export function cityProjection(boundaries: BoundaryCollection): Projection {
  return projectionFor(boundsOf(boundaries.features.map((feature) => feature.geometry)), mapWidth, 0.04);
}

/**
 * One locality's frame: its boundary with a wider margin, so the edges of its
 * neighbours show. Undefined when the boundary data has no such locality.
 */
export function localityProjection(boundaries: BoundaryCollection, slug: string): Projection | undefined {
  const feature = boundaries.features.find((candidate) => candidate.properties.slug === slug);
  return feature ? projectionFor(boundsOf([feature.geometry]), mapWidth, 0.12) : undefined;
}

/** True when a point falls inside the map's frame, so its pin can be drawn where it is. */
export function pinFits(projection: Projection, point: LatLng): boolean {
  const [x, y] = projection.project(point);
  return x >= 0 && y >= 0 && x <= projection.width && y <= projection.height;
}

/** A map pin with its tip at 0,0: drawn in the map files and in the pin overlay of service pages. */
export const pinPath = 'M0 0C-4-7-9-11-9-17A9 9 0 1 1 9-17C9-11 4-7 0 0Z';
export const pinDot = { cy: -17, r: 3.5 };

/** The map's colours, as SVG presentation attributes: a map file cannot use the page's stylesheet. */
export const mapColours = {
  background: '#f4f1ea',
  area: '#ffffff',
  edge: '#6b6470',
  highlight: '#f3dcea',
  brand: '#7a1f5c',
  label: '#3d0f2e',
} as const;

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => xmlEscapes[character] ?? character);
}

export interface BoundarySvgOptions {
  boundaries: BoundaryCollection;
  projection: Projection;
  /** What the map shows, for anyone who opens the file by itself (pages give the <img> its own alt text). */
  title: string;
  /** Slug of the locality drawn highlighted (drawn last, so its edge is on top). */
  highlight?: string | undefined;
  /** Write each locality's name at its label point (the city map). */
  labels?: boolean;
  pins?: readonly LatLng[];
}

/** Pins closer than this (in the image's pixels) to one already drawn would look the same: they are left out. */
export const pinSpacing = 4;

/**
 * Where to draw the pins: each at its own place, except that a pin whose tip falls in
 * the same `pinSpacing` square as one already drawn is left out. With thousands of
 * places in a small image most pins hide others exactly; drawing them all made a
 * locality's image hundreds of KB on the largest sites (docs/benchmarks.md).
 */
export function drawnPins(projection: Projection, pins: readonly LatLng[]): [x: number, y: number][] {
  const taken = new Set<string>();
  const drawn: [x: number, y: number][] = [];
  for (const pin of pins) {
    const [x, y] = projection.project(pin);
    const cell = `${String(Math.floor(x / pinSpacing))},${String(Math.floor(y / pinSpacing))}`;
    if (taken.has(cell)) continue;
    taken.add(cell);
    drawn.push([x, y]);
  }
  return drawn;
}

/**
 * A standalone SVG file of the locality boundaries, for <img src>: the HTML stays
 * small and the file is cached across pages. Colours are attributes, not CSS: an
 * image cannot see the page's stylesheet, and style attributes would meet the CSP.
 * Every boundary is one <path data-locality="slug">; the highlighted one also has
 * data-highlight; each pin is a <use href="#pin">.
 */
export function boundarySvg({
  boundaries,
  projection,
  title,
  highlight,
  labels = false,
  pins = [],
}: BoundarySvgOptions): string {
  const { width, height } = projection;
  const areas = [
    ...boundaries.features.filter((feature) => feature.properties.slug !== highlight),
    ...boundaries.features.filter((feature) => feature.properties.slug === highlight),
  ];
  const paths = areas.map((feature) => {
    const slug = escapeXml(feature.properties.slug);
    const d = geometryPath(feature.geometry, projection);
    return feature.properties.slug === highlight
      ? `<path d="${d}" data-locality="${slug}" data-highlight="" fill="${mapColours.highlight}" stroke="${mapColours.brand}" stroke-width="2.5"/>`
      : `<path d="${d}" data-locality="${slug}"/>`;
  });
  const text = labels
    ? boundaries.features.map((feature) => {
        const [x, y] = projection.project(labelPoint(feature.geometry));
        return `<text x="${String(x)}" y="${String(y)}">${escapeXml(feature.properties.name)}</text>`;
      })
    : [];
  const pinUses = drawnPins(projection, pins).map(([x, y]) => `<use href="#pin" x="${String(x)}" y="${String(y)}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(width)} ${String(height)}" width="${String(width)}" height="${String(height)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${String(width)}" height="${String(height)}" fill="${mapColours.background}"/>`,
    `<g fill="${mapColours.area}" stroke="${mapColours.edge}" stroke-width="1" stroke-linejoin="round" fill-rule="evenodd">`,
    ...paths,
    '</g>',
    ...(text.length > 0
      ? [
          `<g font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="11" font-weight="700" text-anchor="middle" fill="${mapColours.label}" stroke="#ffffff" stroke-width="3" paint-order="stroke">`,
          ...text,
          '</g>',
        ]
      : []),
    ...(pinUses.length > 0
      ? [
          `<defs><g id="pin"><path d="${pinPath}" fill="${mapColours.brand}" stroke="#ffffff" stroke-width="1.5"/><circle cy="${String(pinDot.cy)}" r="${String(pinDot.r)}" fill="#ffffff"/></g></defs>`,
          ...pinUses,
        ]
      : []),
    '</svg>',
    '',
  ].join('\n');
}
