// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Diglot",
    products: [
        .library(name: "DiglotKit", targets: ["DiglotKit"]),
        .executable(name: "diglot", targets: ["diglot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]
        ),
        .target(
            name: "DiglotKit",
            dependencies: ["CLibXML2", "CLibZip"],
            exclude: ["Import/README.md", "Alignment/README.md"]
        ),
        .executableTarget(
            name: "diglot",
            dependencies: [
                "DiglotKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "diglot-bench",
            dependencies: [
                "DiglotKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DiglotKitTests",
            dependencies: ["DiglotKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DiglotCLITests",
            dependencies: ["DiglotKit", "diglot"]
        ),
    ]
)

// libFuzzer targets (Fuzz/run.sh), in Sources/Fuzz; their C module is imported only by the
// wrapper in Sources/Fuzz/Interop. They need `-sanitize=fuzzer`, which supplies `main`, so
// they exist only when DIGLOT_FUZZ is set and a plain `swift build` / `swift test` never
// sees them.
if Context.environment["DIGLOT_FUZZ"] != nil {
    package.targets.append(.target(name: "CFuzzerDriver", path: "Sources/Fuzz/Interop/CFuzzerDriver"))
    package.targets.append(.target(name: "FuzzDriver", dependencies: ["CFuzzerDriver"], path: "Sources/Fuzz/Interop/FuzzDriver"))
    for input in ["ArticleReader", "XLIFFImport", "Glossary"] {
        package.targets.append(.executableTarget(
            name: "Fuzz" + input, dependencies: ["DiglotKit", "FuzzDriver"], path: "Sources/Fuzz/" + input))
    }
}
