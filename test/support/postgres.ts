// Tests start their own server: one per test file, stopped in afterAll.
export { startPostgres, type TestPostgres } from "../../src/storage/postgres/throwaway-server.js";
