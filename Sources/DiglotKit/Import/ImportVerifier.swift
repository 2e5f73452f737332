/// Checks a returned XLIFF file against what Diglot exported, unit by unit.
///
/// The join key is the unit ID; the source found in the file must still be the exported
/// source (compared without whitespace, which tools re-flow, and with codes by ID) and the
/// fingerprint stored on the unit must be the one in the skeleton. Every mismatch is a
/// blocking `ImportError` naming the unit and what to do: a changed source, a missing,
/// unknown or duplicated unit, another target language, a broken or invented code, a file
/// that Diglot did not export. `against` adds a cross-check with a known original.
public struct ImportVerifier: Sendable {
    public init() {}

    /// Verifies `imported`; `originals` are the documents of `--against` (the exported
    /// XLIFF's skeleton document, or the article re-read), named `originalName` in messages.
    public func verify(_ imported: ImportedXLIFF, against originals: [Document]? = nil,
                       originalName: String = "the original") -> VerifiedImport {
        let file = imported.file
        guard let skeleton = imported.skeleton else {
            let reason = imported.skeletonError?.message ?? "no Diglot skeleton found"
            return VerifiedImport(file: file, document: nil, targetLanguage: nil, translations: [:], errors: [
                ImportError(file: file, message: "not a file exported by Diglot (\(reason)); import only XLIFF that `diglot export` wrote, with its header or <skeleton> intact — or, if a tool removed it, name the exported file or the article with --against"),
            ])
        }
        let document = skeleton.document
        var errors: [ImportError] = []

        // Languages.
        let expected = skeleton.targetLanguage
        if let declared = imported.targetLanguage, !declared.isEmpty, !ImportVerifier.sameLanguage(declared, expected) {
            errors.append(ImportError(file: file, message:
                "the file's target language is \(declared), but it was exported for translation into \(expected); import the file made for \(expected), or export again for \(declared)"))
        }
        // A source-language declaration a tool rewrote (zh-Hans → zh-CN, or a misconfigured
        // project) changes nothing: the units' sources are checked one by one below.
        // Only the JSON payloads of the first exports store fingerprints that can disagree
        // with their text; the binary payload is checksummed and its fingerprints are
        // computed from its own blocks, so checking them again would hash every block twice.
        if skeleton.version == XLIFFSkeleton.jsonVersion, let inconsistent = skeleton.document.blocks.first(where: {
            $0.isTranslatable && skeleton.fingerprints[$0.id.rawValue] != $0.sourceFingerprint.hex
        }) {
            errors.append(ImportError(file: file, unit: inconsistent.id.rawValue, message:
                "the skeleton is damaged (its fingerprint does not match its own text); export the article again"))
        }

        // Units.
        let blocks = document.translatableBlocks
        let blockByID = Dictionary(blocks.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: Int] = [:]
        var translations: [UnitID: Translation] = [:]
        var codeProblems: [UnitID: [CodeProblem]] = [:]
        var resegmented: Set<UnitID> = []
        var deletedSentences: [UnitID: [Int]] = [:]
        for unit in imported.units {
            if let firstLine = seen[unit.id] {
                errors.append(ImportError(file: file, line: unit.line, unit: unit.id, message:
                    "the unit appears twice (first at line \(firstLine)); keep one copy and delete the other"))
                continue
            }
            seen[unit.id] = unit.line
            guard let block = blockByID[unit.id] else {
                errors.append(ImportError(file: file, line: unit.line, unit: unit.id, message:
                    "unknown unit: it was not in the exported article; remove it, or check that the file was not merged with another article's"))
                continue
            }
            if let stored = unit.storedFingerprint, stored != skeleton.fingerprints[unit.id] {
                errors.append(ImportError(file: file, line: unit.line, unit: unit.id, message:
                    "the unit's source fingerprint (\(stored)) is not the exported one (\(skeleton.fingerprints[unit.id] ?? "none")); the unit was edited or copied from another export — re-export the article and translate that file"))
                continue
            }
            let mapping = CodeMapping(block: block)
            let exported = CodeMapping.signature(of: block.runs)
            // The whole source and the segmented one are usually the same tokens: check once.
            let sources = unit.wholeSource == unit.source ? [unit.source] : [unit.wholeSource, unit.source]
            if let changed = sources.first(where: { mapping.signature(of: $0) != exported }) {
                errors.append(ImportError(file: file, line: unit.line, unit: unit.id, message:
                    "the source text was changed (now: \"\(ImportVerifier.excerpt(XLIFFInlineToken.plainText(of: changed)))\", exported: \"\(ImportVerifier.excerpt(block.plainText))\"); undo the edit in the source, or re-export the article if the original changed"))
                continue
            }
            if let language = unit.targetLanguage, !language.isEmpty, !ImportVerifier.sameLanguage(language, expected) {
                errors.append(ImportError(file: file, line: unit.line, unit: unit.id, message:
                    "the target is marked as \(language), not \(expected); translate into \(expected)"))
                continue
            }
            if let line = unit.secondTargetLine {
                let container = imported.isVersion2 ? "segment" : "unit"
                errors.append(ImportError(file: file, line: line, unit: unit.id, message:
                    "a second <target> in one \(container): XLIFF allows one, so the file is not schema-valid and neither can be trusted as the translation; keep the right one and delete the other"))
                continue
            }
            guard let targetSegments = unit.targetSegments else { continue }
            let problems = mapping.problems(in: unit.target)
            let blocking = problems.filter(\.isBlocking)
            if !blocking.isEmpty {
                for problem in blocking {
                    errors.append(ImportError(file: file, line: unit.line, unit: unit.id, message: "target: " + problem.message))
                }
                continue
            }
            let soft = problems.filter { !$0.isBlocking }
            if !soft.isEmpty { codeProblems[block.id] = soft }
            let intact = unit.segmentationIntact && targetSegments.count == block.segments.count
            if !intact { resegmented.insert(block.id) }
            if intact, !unit.deletedTargetSegments.isEmpty { deletedSentences[block.id] = unit.deletedTargetSegments }
            let segments = intact ? targetSegments.map(mapping.runs) : [mapping.runs(of: unit.target)]
            translations[block.id] = Translation(segments: segments, status: unit.status)
        }
        for block in blocks where seen[block.id.rawValue] == nil {
            errors.append(ImportError(file: file, unit: block.id.rawValue, message:
                "missing unit: it was exported but is not in the file (\"\(ImportVerifier.excerpt(block.plainText))\"); restore it from the exported file"))
        }

        if let originals {
            errors += crossCheck(document, file: file, originals: originals, originalName: originalName)
        }
        var verified = VerifiedImport(file: file, document: document, targetLanguage: expected, translations: translations,
                                      codeProblems: codeProblems, resegmentedUnits: resegmented, errors: errors)
        verified.deletedSentences = deletedSentences
        return verified
    }

    /// Compares the exported article with a known original, unit by unit (IDs and fingerprints).
    func crossCheck(_ document: Document, file: String, originals: [Document], originalName: String) -> [ImportError] {
        let exported = document.translatableBlocks
        let exportedIDs = Set(exported.map(\.id))
        // A feed gives several documents: compare with the one that shares the most units.
        guard let original = originals.max(by: { left, right in
            Set(left.blocks.map(\.id)).intersection(exportedIDs).count < Set(right.blocks.map(\.id)).intersection(exportedIDs).count
        }) else {
            return [ImportError(file: file, message: "\(originalName) holds no article to compare with")]
        }
        var errors: [ImportError] = []
        let originalBlocks = Dictionary(original.translatableBlocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for block in exported {
            guard let match = originalBlocks[block.id] else {
                errors.append(ImportError(file: file, unit: block.id.rawValue, message:
                    "the unit is not in \(originalName) (\"\(ImportVerifier.excerpt(block.plainText))\"); the file belongs to another article or the article changed since export"))
                continue
            }
            if match.sourceFingerprint != block.sourceFingerprint {
                errors.append(ImportError(file: file, unit: block.id.rawValue, message:
                    "the exported source differs from \(originalName); re-export the article"))
            }
        }
        for block in original.translatableBlocks where !exportedIDs.contains(block.id) {
            errors.append(ImportError(file: file, unit: block.id.rawValue, message:
                "\(originalName) has this unit but the file does not (\"\(ImportVerifier.excerpt(block.plainText))\"); the file belongs to another article or the article changed since export"))
        }
        return errors
    }

    /// Same primary language and, when both give one, the same script (`zh-Hans` ≠ `zh-Hant`).
    static func sameLanguage(_ declared: String, _ expected: LanguageTag) -> Bool {
        // Nearly every unit declares the tag exactly as exported: no need to parse it again.
        if declared == expected.rawValue { return true }
        guard let tag = LanguageTag(declared) else { return false }
        return tag.isSameLanguage(as: expected)
    }

    static func excerpt(_ text: String) -> String {
        // The first 40 Characters of the text with white space collapsed, without collapsing
        // (or counting) the rest of a long paragraph.
        simpleExcerpt(text) ?? characterExcerpt(text)
    }

    /// `excerpt` Character by Character: any text.
    static func characterExcerpt(_ text: String) -> String {
        var excerpt = ""
        var length = 0
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = length > 0
                continue
            }
            if length == 40 { return excerpt + "…" }
            if pendingSpace {
                excerpt.append(" ")
                length += 1
                pendingSpace = false
                if length == 40 { return excerpt + "…" }
            }
            excerpt.append(character)
            length += 1
        }
        return excerpt
    }

    /// `excerpt` scalar by scalar, with no grapheme breaking, when every scalar it reads is a
    /// whole Character (`SimpleCharacters`; QA quotes one per untranslated unit); nil as soon
    /// as one is not, and the Character walk decides.
    private static func simpleExcerpt(_ text: String) -> String? {
        var excerpt: [UInt8] = []
        var length = 0
        var pendingSpace = false
        func finished() -> String { String(decoding: excerpt, as: UTF8.self) + "…" }
        for scalar in text.unicodeScalars {
            guard SimpleCharacters.contains(scalar) else { return nil }
            if scalar.isWhiteSpace {
                pendingSpace = length > 0
                continue
            }
            if length == 40 { return finished() }
            if pendingSpace {
                excerpt.append(0x20)
                length += 1
                pendingSpace = false
                if length == 40 { return finished() }
            }
            UTF8.encode(scalar) { excerpt.append($0) }
            length += 1
        }
        return String(decoding: excerpt, as: UTF8.self)
    }
}
