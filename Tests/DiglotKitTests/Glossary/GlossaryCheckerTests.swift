import Testing
@testable import DiglotKit

@Suite struct GlossaryCheckerTests {
    @Test func reportsDuplicatesConflictsAndTargetedExclusions() throws {
        let problems = GlossaryChecker.problems(in: try GlossaryFixtures.file("duplicates.tsv"))
        #expect(problems.map(\.description) == [
            "duplicates.tsv:4: duplicate entry for '克里' (first at line 2)",
            "duplicates.tsv:5: conflicting targets for '拜登': 'Biden' here, 'Joe Biden' at line 3 (the later one wins)",
            "duplicates.tsv:7: conflicting targets for '南希•佩洛西': 'Pelosi' here, 'Nancy Pelosi' at line 6 (the later one wins)",
            "duplicates.tsv:8: blocking entry '克里米亚' has a target 'Crimea', which is never shown (leave the target empty, or give it another type)",
        ])
    }

    @Test func includesReadErrorsAndWarnings() throws {
        #expect(GlossaryChecker.problems(in: try GlossaryFixtures.file("malformed.tsv")).count == 5)
        #expect(GlossaryChecker.problems(in: try GlossaryFixtures.file("names.tbx")).count == 2)
        #expect(GlossaryChecker.problems(in: try GlossaryFixtures.file("bad-language.tsv")).count == 1)
    }

    @Test func flagsTargetListedAsForbiddenAndUnmatchableTerms() {
        let text = "source\ttarget\tforbidden\n克里\tJohn Kerry\tJohn Kerry|Kerrey\n\u{200B}\tnothing\t\n"
        let problems = GlossaryChecker.problems(in: GlossaryFile.parse(Array(text.utf8), name: "f.tsv"))
        #expect(problems.map(\.description) == [
            "f.tsv:2: target 'John Kerry' of '克里' is also listed as forbidden",
            "f.tsv:3: source term '\u{200B}' has no matchable characters",
        ])
    }

    @Test func cleanFileHasNoProblems() throws {
        #expect(GlossaryChecker.problems(in: try GlossaryFixtures.file("names.tsv")).isEmpty)
    }
}
