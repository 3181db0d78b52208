// swift-tools-version: 6.1
import PackageDescription

let settings: [SwiftSetting] = ["ExistentialAny", "MemberImportVisibility", "InternalImportsByDefault"]
  .map { .enableUpcomingFeature($0) }
let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

let package = Package(
  name: "PostCheck",
  products: [
    .library(name: "PostCheck", targets: ["PostCheck"]),
    .executable(name: "postcheck", targets: ["PostCheckCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0")
  ],
  targets: [
    .systemLibrary(
      name: "CICUSystem", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]),
    .target(name: "CICU", dependencies: ["CICUSystem"]),
    .executableTarget(name: "LexiconEmbedder", swiftSettings: settings),
    .plugin(name: "EmbedLexicons", capability: .buildTool(), dependencies: ["LexiconEmbedder"]),
    .target(
      name: "PostCheck", dependencies: ["CICU"], swiftSettings: settings, plugins: ["EmbedLexicons"]),
    .executableTarget(name: "PostCheckCLI", dependencies: ["PostCheck", argumentParser], swiftSettings: settings),
    .testTarget(name: "PostCheckTests", dependencies: ["PostCheck"], swiftSettings: settings),
    .testTarget(
      name: "PostCheckCLITests", dependencies: ["PostCheckCLI", "PostCheck"], swiftSettings: settings),
  ],
  swiftLanguageModes: [.v6]
)
