/** Type checking is done once by `tsc` (npm run typecheck); ts-jest only transpiles, which keeps the suite fast. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { isolatedModules: true, jsx: "react-jsx", module: "commonjs", target: "ES2022", esModuleInterop: true } }],
    "^.+\\.ya?ml$": "<rootDir>/tools/yaml-jest-transform.cjs",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json", "yml"],
  testTimeout: 30000,
};
