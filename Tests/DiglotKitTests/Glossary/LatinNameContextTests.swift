import Testing
@testable import DiglotKit

/// The words around a Latin-script hit, read directly (the marks they lead to are in
/// `TermMatcherWordBoundaryTests`).
@Suite struct LatinNameContextTests {
    /// The hit's start and end in the normalised text of `text`, found by its first occurrence.
    private func hit(_ word: String, in text: String) -> (NormalisedText, Int, Int) {
        let normalised = TermNormaliser.normalise(text)
        let scalars = Array(text.unicodeScalars)
        let target = Array(word.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        return (normalised, start, start + target.count)
    }

    @Test func aHeadlineInTitleCaseIsToldFromASentence() {
        #expect(LatinNameContext.isTitleCase(TermNormaliser.normalise("Protests Spread Across London Overnight")))
        #expect(!LatinNameContext.isTitleCase(TermNormaliser.normalise("Protests spread across London overnight")))
        // Two capitalised words are a name more often than a headline (a speaker's label).
        #expect(!LatinNameContext.isTitleCase(TermNormaliser.normalise("Yuan Ling:")))
        #expect(LatinNameContext.isTitleCase(TermNormaliser.normalise("Coal Prices Soar")))
        #expect(LatinNameContext.isTitleCase(TermNormaliser.normalise("To Change China")))
    }

    @Test func aSentenceStartsAfterAnEndMarkOrAtTheStart() {
        let (text, start, _) = hit("London", in: "He left. London said no")
        #expect(LatinNameContext.startsSentence(at: start, in: text))
        let (other, otherStart, _) = hit("London", in: "He left London on Monday")
        #expect(!LatinNameContext.startsSentence(at: otherStart, in: other))
    }

    @Test(arguments: [
        ("a film starring Denzel Washington", "Washington", true),
        ("flights on Air China resumed", "China", true),
        ("Denzel Washington starred", "Washington", false),
        ("the history of Nazi Germany", "Germany", false),
        ("US Washington office", "Washington", false),
    ])
    func aPlaceAfterACapitalisedWordIsPartOfAName(text: String, place: String, expected: Bool) {
        let (normalised, start, _) = hit(place, in: text)
        #expect(LatinNameContext.followsAName(start: start, in: normalised) == expected)
    }

    @Test func aRoleAfterANameDoesNotExtendIt() {
        let (text, start, end) = hit("Politburo Standing Committee", in: "like Politburo Standing Committee Member Wang Huning")
        #expect(!LatinNameContext.isInsideLongerName(start: start, end: end, in: text))
        let (other, otherStart, otherEnd) = hit("Human Rights", in: "said Human Rights Watch on Monday")
        #expect(LatinNameContext.isInsideLongerName(start: otherStart, end: otherEnd, in: other))
    }

    @Test func aCommonNounCapitalisedInsideASentenceIsAName() {
        let (text, start, end) = hit("Yuan", in: "an interview with Yuan Ling")
        #expect(LatinNameContext.isWrittenAsName(start: start, end: end, in: text))
        let (other, otherStart, otherEnd) = hit("Yuan", in: "Yuan prices rose")
        #expect(!LatinNameContext.isWrittenAsName(start: otherStart, end: otherEnd, in: other))
    }
}
