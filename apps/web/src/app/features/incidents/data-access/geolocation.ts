import { Injectable } from '@angular/core';

/** The browser's geolocation, behind a service the tests replace. */
@Injectable({ providedIn: 'root' })
export class Geolocation {
  available(): boolean {
    return typeof navigator !== 'undefined' && 'geolocation' in navigator;
  }

  /** Rejects with the browser's `GeolocationPositionError` (code 1 refused, 2 unavailable, 3 timeout). */
  current(): Promise<GeolocationPosition> {
    return new Promise((resolve, reject) =>
      navigator.geolocation.getCurrentPosition(resolve, reject, {
        enableHighAccuracy: true,
        timeout: 15_000,
        maximumAge: 60_000,
      }),
    );
  }
}
