/// An open-addressing hash map from (state, scalar) to the next state, in two flat arrays.
///
/// The automaton of a 100,000-entry glossary has about 400,000 transitions; Swift's
/// `Dictionary` hashes each key with SipHash and was the largest single cost of building
/// it. This table uses a multiplicative hash and linear probing, which is all the automaton
/// needs: keys are only inserted and looked up, never removed.
struct TransitionTable: Sendable {
    /// `key + 1`, so 0 marks an empty slot.
    private var slots: [UInt64]
    private var targets: [Int32]
    private var mask: Int
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        targets = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    @inline(__always)
    private static func key(_ state: Int32, _ scalar: UInt32) -> UInt64 {
        (UInt64(UInt32(bitPattern: state)) << 32 | UInt64(scalar)) &+ 1
    }

    @inline(__always)
    private func home(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The state reached from `state` on `scalar`, if there is a transition.
    @inline(__always)
    func target(from state: Int32, on scalar: UInt32) -> Int32? {
        let key = Self.key(state, scalar)
        var slot = home(of: key)
        while true {
            let stored = slots[slot]
            if stored == key { return targets[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a transition; the key must not be present yet.
    mutating func insert(from state: Int32, on scalar: UInt32, to target: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let key = Self.key(state, scalar)
        var slot = home(of: key)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = key
        targets[slot] = target
        count += 1
    }

    private mutating func grow() {
        let oldSlots = slots
        let oldTargets = targets
        let capacity = slots.count * 2
        slots = [UInt64](repeating: 0, count: capacity)
        targets = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        for index in oldSlots.indices where oldSlots[index] != 0 {
            var slot = home(of: oldSlots[index])
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = oldSlots[index]
            targets[slot] = oldTargets[index]
        }
    }
}
