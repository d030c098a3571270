/** YAML rule files are turned into plain data at build time (tools/yaml-loader.cjs, tools/yaml-jest-transform.cjs). */
declare module "*.yml" {
  const data: unknown;
  export default data;
}
