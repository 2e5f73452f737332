extension ImportedXLIFF {
    /// Each unit's target as a `Translation`, codes mapped back onto the skeleton's blocks by ID.
    ///
    /// Unchecked: units unknown to the skeleton or without a target are left out, and codes
    /// the source lacks are dropped. `ImportVerifier` builds the same translations and reports
    /// everything wrong on the way; use it before merging.
    public var translations: [UnitID: Translation] {
        guard let document = skeleton?.document else { return [:] }
        let blocks = Dictionary(document.translatableBlocks.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [UnitID: Translation] = [:]
        for unit in units {
            guard let block = blocks[unit.id], let targets = unit.targetSegments, result[block.id] == nil else { continue }
            let mapping = CodeMapping(block: block)
            let segments = unit.segmentationIntact && targets.count == block.segments.count
                ? targets.map(mapping.runs) : [mapping.runs(of: unit.target)]
            result[block.id] = Translation(segments: segments, status: unit.status)
        }
        return result
    }
}
