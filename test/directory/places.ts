import type { GeoPoint, ResolvedPlace } from "../../src/geo/index.js";

/** Real house numbers, with DS634 coordinates, used as "where the citizen lives". */
export const HOMES = {
  viaPadova29: { lat: 45.48977, lon: 9.22134 }, // Municipio 2
  corsoSanGottardo20: { lat: 45.44996, lon: 9.17975 }, // Municipio 5
  viaLorenzoValla20: { lat: 45.43409, lon: 9.18516 }, // Municipio 5
  viaAntonioPacinotti2: { lat: 45.49198, lon: 9.15119 }, // Municipio 8
  viaLuigiCapuana2: { lat: 45.51831, lon: 9.13855 }, // Municipio 8
} as const satisfies Record<string, GeoPoint>;

export function inMunicipio(municipio: number, point?: GeoPoint): ResolvedPlace {
  return {
    text: `Municipio ${municipio}`,
    municipio,
    candidates: [municipio],
    outsideMilan: false,
    kind: point === undefined ? "municipio" : "address",
    matched: null,
    ...(point === undefined ? {} : { point }),
  };
}

export function eitherOf(candidates: number[], needsHouseNumber: boolean): ResolvedPlace {
  return {
    text: "viale Monza",
    municipio: null,
    candidates,
    outsideMilan: false,
    kind: "address",
    matched: null,
    needsHouseNumber,
  };
}

export const SESTO_SAN_GIOVANNI: ResolvedPlace = {
  text: "Sesto San Giovanni",
  municipio: null,
  candidates: [],
  outsideMilan: true,
  kind: "point",
  matched: null,
  point: { lat: 45.5349, lon: 9.2342 },
};

export const NOT_UNDERSTOOD: ResolvedPlace = {
  text: "dietro la chiesa",
  municipio: null,
  candidates: [],
  outsideMilan: false,
  kind: "unknown",
  matched: null,
};
