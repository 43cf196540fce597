import { BusinessRule } from '@accord/shared/kernel';
import { AlertArea } from '../crisis-alert-terms';

const POINT = /^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/;

/** CAP 1.2 §3.3.5: four or more points, the first and last the same. */
export class PolygonsMustBeClosedRings implements BusinessRule {
  readonly name = 'PolygonsMustBeClosedRings';
  readonly field = 'areas';
  readonly message = 'each polygon is 4 or more "lat,lon" points separated by spaces, the first repeated last';
  constructor(private readonly areas: readonly AlertArea[]) {}

  isBroken(): boolean {
    return this.areas.some((a) => a.polygons.some((p) => !closedRing(p)));
  }
}

function closedRing(polygon: string): boolean {
  const points = polygon.trim().split(/\s+/);
  return points.length >= 4 && points.every((p) => POINT.test(p)) && points[0] === points[points.length - 1];
}
