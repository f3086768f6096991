import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  DEFAULT_SPACES_FILE,
  DirectoryError,
  loadDirectory,
  validateDirectory,
} from "../../src/directory/index.js";

const workdir = mkdtempSync(join(tmpdir(), "wemi-spaces-"));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

const shipped = parse(readFileSync(DEFAULT_SPACES_FILE, "utf8")) as Record<string, unknown>[];

function writeSpaces(name: string, spaces: unknown): string {
  const file = join(workdir, name);
  writeFileSync(file, typeof spaces === "string" ? spaces : stringify(spaces));
  return file;
}

function loadError(file: string): DirectoryError {
  try {
    loadDirectory(file);
  } catch (error) {
    if (error instanceof DirectoryError) return error;
    throw error;
  }
  throw new Error(`${file} loaded without error`);
}

describe("an administrator editing the spaces file", () => {
  it("is told which file and which space lacks its name", () => {
    const [first, ...rest] = shipped;
    const { name: _dropped, ...nameless } = first ?? {};
    const file = writeSpaces("nameless.yaml", [nameless, ...rest]);
    const error = loadError(file);
    expect(error.file).toBe(file);
    expect(error.issues.map((issue) => issue.field)).toEqual(["spaces[0] stelline.name"]);
    expect(error.message).toContain(file);
    expect(error.message).toContain("spaces[0] stelline.name");
  });

  it("is told about a misspelt field rather than having it silently ignored", () => {
    const file = writeSpaces("typo.yaml", [{ ...shipped[1], telefono: "x" }]);
    expect(loadError(file).message).toContain("spaces[0] venini");
    expect(loadError(file).message).toContain("telefono");
  });

  it("is told when coordinates are swapped", () => {
    const venini = shipped[1] as { location: { lat: number; lon: number } };
    const swapped = { ...venini, location: { lat: venini.location.lon, lon: venini.location.lat } };
    const fields = loadError(writeSpaces("swapped.yaml", [swapped])).issues.map((i) => i.field);
    expect(fields).toEqual(["spaces[0] venini.location.lat", "spaces[0] venini.location.lon"]);
  });

  it("is told when the file is not YAML at all", () => {
    const file = writeSpaces("broken.yaml", "- id: [unclosed");
    expect(loadError(file).file).toBe(file);
  });

  it("is told when the file does not exist", () => {
    expect(loadError(join(workdir, "missing.yaml")).message).toContain("missing.yaml");
  });

  it("can add verified contacts later, and a malformed e-mail is refused", () => {
    const withContacts = { ...shipped[2], phone: "02 0000", website: "https://example.org" };
    expect(loadDirectory(writeSpaces("contacts.yaml", [withContacts])).spaces[0]?.phone).toBe(
      "02 0000",
    );
    const badEmail = writeSpaces("email.yaml", [{ ...shipped[2], email: "not-an-email" }]);
    expect(loadError(badEmail).issues.map((i) => i.field)).toEqual(["spaces[0] loreto.email"]);
  });
});

describe("cross-checks of the directory", () => {
  const { spaces } = loadDirectory();
  const serviceIds = new Set(spaces.flatMap((space) => space.services));

  it("reports a service the catalogue does not know", () => {
    const [first, ...rest] = spaces;
    if (first === undefined) throw new Error("empty directory");
    const edited = [{ ...first, services: [...first.services, "bagno_assistito"] }, ...rest];
    expect(validateDirectory(edited, serviceIds)).toEqual([
      { spaceId: "stelline", field: "services", message: 'unknown service id "bagno_assistito"' },
    ]);
  });

  it("reports two spaces with the same id", () => {
    const [first, second, ...rest] = spaces;
    if (first === undefined || second === undefined) throw new Error("short directory");
    // Renaming Venini does not move it: Municipio 2 keeps its space.
    const problems = validateDirectory([first, { ...second, id: first.id }, ...rest], serviceIds);
    expect(problems).toEqual([
      { spaceId: "stelline", field: "id", message: 'duplicate space id "stelline"' },
    ]);
  });

  it("reports a Municipio left without a space of its own", () => {
    const withoutVoltri = spaces.filter((space) => space.id !== "voltri");
    expect(validateDirectory(withoutVoltri, serviceIds)).toEqual([
      { spaceId: null, field: "municipio", message: "Municipio 6 has no space of its own" },
    ]);
  });
});
