import { useEffect, useRef } from "react";

export interface MapPlace {
  id: string;
  lat: number;
  lng: number;
  label: string;
  done: boolean;
}

/**
 * The walk's places on a Leaflet map (tiles from the configured address). Loaded in the browser
 * only; the table of places beside it holds the same information, and the coordinates can be typed.
 * With `pick`, a click on the map fills the new place's latitude and longitude fields.
 */
export function WalkMap({
  tileUrl,
  places,
  pick,
  label,
}: {
  tileUrl: string;
  places: MapPlace[];
  pick: boolean;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let map: import("leaflet").Map | undefined;
    let cancelled = false;
    import("leaflet").then((L) => {
      if (cancelled || !box.current) return;
      map = L.map(box.current, { scrollWheelZoom: false });
      L.tileLayer(tileUrl, { maxZoom: 19, attribution: "© OpenStreetMap" }).addTo(map);
      const points = places.map((p) => {
        L.circleMarker([p.lat, p.lng], {
          radius: 9,
          color: p.done ? "#358000" : "#d9480f",
          weight: 3,
          fillOpacity: 0.6,
        })
          .bindTooltip(p.label)
          .addTo(map as import("leaflet").Map);
        return L.latLng(p.lat, p.lng);
      });
      if (points.length > 0) map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 17 });
      else map.setView([55.67, 12.57], 12);
      box.current.dataset.markers = String(points.length);
      let picked: import("leaflet").CircleMarker | undefined;
      if (pick)
        map.on("click", (e) => {
          const lat = document.getElementById("felt-lat") as HTMLInputElement | null;
          const lng = document.getElementById("felt-lng") as HTMLInputElement | null;
          if (lat) lat.value = e.latlng.lat.toFixed(6);
          if (lng) lng.value = e.latlng.lng.toFixed(6);
          picked?.remove();
          picked = L.circleMarker(e.latlng, { radius: 7, color: "#0059b3" }).addTo(map as import("leaflet").Map);
        });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [tileUrl, places, pick]);
  return <div ref={box} className="walk-map" role="region" aria-label={label} />;
}
