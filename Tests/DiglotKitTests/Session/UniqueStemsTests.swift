import Testing
@testable import DiglotKit

@Suite struct UniqueStemsTests {
    @Test func repeatsGetNumbersInInputOrderWhateverTheirCase() {
        #expect(UniqueStems.forInputs(["a/story.txt", "b/story.html", "b/Story.txt", "other.txt"])
                == ["story", "story-2", "Story-3", "other"])
    }

    @Test func standardInputIsNamedStdin() {
        #expect(UniqueStems.forInputs(["-", "x/stdin.txt"]) == ["stdin", "stdin-2"])
    }

    @Test func stemsInDifferentDirectoriesDoNotCollide() {
        var stems = UniqueStems()
        #expect(stems.claim("story", in: "/out/a") == "story")
        #expect(stems.claim("story", in: "/out/b") == "story")
        #expect(stems.claim("STORY", in: "/out/a") == "STORY-2")
    }
}
