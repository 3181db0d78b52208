// swift-tools-version: 6.1
import PackageDescription

// Its own package, as swift-collections does it, so that an app embedding PostCheck never resolves
// package-benchmark and `swift test` in the main package never builds it.
// Run the suite with `swift package --disable-sandbox benchmark` from this folder (see README.md).
let settings: [SwiftSetting] = ["ExistentialAny", "MemberImportVisibility", "InternalImportsByDefault"]
  .map { .enableUpcomingFeature($0) }
let postCheck = Target.Dependency.product(name: "PostCheck", package: "PostCheck")

let package = Package(
  name: "PostCheckBenchmarks",
  products: [
    // Whole-corpus throughput of the ICU floor, the text pipeline and `check`, without process I/O or JSON.
    .executable(name: "icu-floor", targets: ["ICUFloor"])
  ],
  dependencies: [
    .package(name: "PostCheck", path: ".."),
    // The default traits pull a package that is not available offline; MallocInterposer gives mallocCountTotal.
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "PostCheckBenchmarks",
      dependencies: [postCheck, .product(name: "Benchmark", package: "benchmark")],
      path: "Benchmarks/PostCheckBenchmarks",
      swiftSettings: settings,
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(name: "ICUFloor", dependencies: [postCheck], swiftSettings: settings),
  ],
  swiftLanguageModes: [.v6]
)
