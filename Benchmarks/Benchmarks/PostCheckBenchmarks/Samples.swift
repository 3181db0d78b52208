/// The texts the benchmarks check. Written for PostCheck as plain British-English school-parent chat; no corpus
/// text is copied. Pathological inputs are generated, so their sizes are exact.
enum Samples {
  /// A short post, about the size of a tweet (~140 bytes).
  static let tweet =
    "Well done to Year 4 for a brilliant assembly this morning! Lovely to see so many of you there. PE kits back tomorrow please 🙂"

  /// A typical post (~300 bytes).
  static let typical = """
    Hi all, just a reminder that the Year 3 trip to the farm is on Thursday. The children need a packed lunch, \
    wellies and a waterproof coat as it's meant to rain. If anyone can help walk the group to the bus stop at \
    8:45, please let Miss Okafor know at the office. Thanks so much, see you at pick-up!
    """

  /// A long post (~5,000 bytes): a class rep's round-up, with a grumble, a named teacher and some hearsay in it so
  /// that most detectors have something to look at.
  static let long = paragraphs.joined(separator: "\n\n")

  static let paragraphs = [
    """
    Evening everyone, it's Claire, your Year 5 class rep. Sorry this is a long one but there's a lot going on \
    before half term and I'd rather put it all in one place than send twenty messages. Grab a cuppa!
    """,
    """
    Summer fair: the PTA still needs volunteers for the tombola, the cake stall and the bouncy castle rota. Even \
    half an hour helps. If you can bake, please drop cakes at the school office on Friday morning, labelled with \
    the ingredients because of allergies. Nut-free only, please, as we have several children with severe \
    allergies across the school. Raffle tickets are a pound each or a fiver for a strip of six, and the first \
    prize is a hamper donated by the farm shop on the high street.
    """,
    """
    Uniform swap: there will be rails of second-hand uniform in the hall after school on Wednesday. Take what you \
    need and leave a donation in the pot if you can. Jumpers, cardigans, book bags and PE shorts in most sizes. \
    Please wash anything you bring in and check the name labels have been cut out or crossed through.
    """,
    """
    Reading: Mrs Harrington asked me to remind everyone that reading records should come in every Monday and \
    Thursday, signed. The children get a sticker for five reads a week, and they really do care about those \
    stickers! If your child has finished their book band, just write a note in the record and the class \
    teacher will move them on. The library is open on Tuesday lunchtimes for anyone who wants to change books.
    """,
    """
    Parking: I know we are all fed up with it, and I am honestly furious that someone parked across the zig-zag \
    lines again this morning, right where the little ones cross. Please, please don't. The council has said \
    they will send a warden if it carries on, and more importantly somebody is going to get hurt. Park at the \
    leisure centre and walk the last five minutes, it's good for all of us.
    """,
    """
    Homework club: it's moving from the library to the Year 6 classroom from next week because of the building \
    work. Same times, half three until half four, and they still need a parent helper on Thursdays. Apparently \
    the new roof should be finished by September, but I've heard that before, so don't hold your breath.
    """,
    """
    Lost property: a navy fleece with no name in it went missing after the football tournament, along with a \
    green water bottle with a dinosaur on it. If your child has come home with either of these, please hand \
    them in at reception. The lost property box is overflowing again and anything unnamed goes to the uniform \
    swap at the end of term, so do have a rummage if you're missing something.
    """,
    """
    Sports day: it's on the 14th, weather permitting, with a back-up date of the 21st. Children should come in \
    their PE kit with a hat, sun cream already on and a named water bottle. Parents are welcome on the field \
    from half past one. There will be a parents' race again, and yes, Dave from Year 2, we all saw what \
    happened last year, so stretch first this time!
    """,
    """
    Clubs: the football club letter went home in book bags on Monday. Forms back by Friday please, there are \
    only twenty places and they go in order. Choir is carrying on as normal and is practising for the summer \
    concert, so if you hear a lot of singing about pirates at bedtime, that's why. Coding club is full, but \
    there is a waiting list at the office.
    """,
    """
    School dinners: the new menu starts after half term. There's a jacket potato option every day now, and fish \
    on Fridays as before. If your child has a dietary requirement, the kitchen needs the form again even if \
    you filled it in last year, because they've changed suppliers. Free school meal forms are at the office \
    too, and they're completely confidential, so please don't feel awkward about asking for one.
    """,
    """
    A couple of people have messaged me privately about what happened in the playground last Tuesday. I know \
    feelings are running high, and someone told me one of the teachers shouted at a child in front of \
    everyone, but I honestly don't know what happened and I don't think it's fair to discuss it here. If you \
    are worried, please speak to Mrs Harrington or the head directly, or ring the office and ask for an \
    appointment. That's what they're there for, and it's much better than a long thread on here.
    """,
    """
    A gentle reminder about this group, too: it's for practical stuff, so please keep it friendly and don't \
    post photos of other people's children without asking their parents first. And if you've muted us all \
    because of the cake discussion last week, I don't blame you one bit!
    """,
    """
    Finally, a huge thank you to everyone who came to the quiz night. We raised over six hundred pounds for new \
    playground equipment, which is amazing. Special thanks to the team who did the food and to Mr Ellis for \
    being such a patient quizmaster when the table at the back kept arguing about the music round. If you \
    have any questions about any of this, message me here or catch me at the gate. Have a lovely weekend, all!
    """,
  ]

  /// 10,000 emoji: plain ones, a skin-tone modifier, a ZWJ family, a flag and one with a variation selector.
  static let tenThousandEmoji: String = {
    let cycle = ["😀", "👍🏽", "👨‍👩‍👧", "🇬🇧", "❤️", "🎉", "🙄", "📚"]
    return (0..<10_000).map { cycle[$0 % cycle.count] }.joined()
  }()

  /// 100 KB of one letter, with no space: a single 100,000-letter word.
  static let oneLetter100KB = String(repeating: "a", count: 100_000)

  /// The typical post with a stack of sixteen combining marks on every letter, followed by one letter carrying
  /// two thousand marks.
  static let combiningStack: String = {
    var scalars = String.UnicodeScalarView()
    for scalar in typical.unicodeScalars {
      scalars.append(scalar)
      guard scalar.properties.isAlphabetic else { continue }
      for mark in 0..<16 { scalars.append(Unicode.Scalar(0x0300 + UInt32((Int(scalar.value) + mark) % 0x70))!) }
    }
    scalars.append(" ")
    scalars.append("e")
    for mark in 0..<2_000 { scalars.append(Unicode.Scalar(0x0300 + UInt32(mark % 0x70))!) }
    return String(scalars)
  }()

  /// Ordinary prose of `bytes` UTF-8 bytes or slightly fewer (cut at a space), built by repeating the long post.
  static func prose(bytes: Int) -> String {
    var text = ""
    while text.utf8.count < bytes { text += long + "\n\n" }
    var utf8 = Array(text.utf8.prefix(bytes))
    if let lastSpace = utf8.lastIndex(of: UInt8(ascii: " ")) { utf8.removeSubrange(lastSpace...) }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// The inputs every stage is measured on, as `(name, text)`.
  static let stageInputs: [(name: String, text: String)] = [
    ("tweet", tweet),
    ("typical-300B", typical),
    ("long-5KB", long),
    ("pathological-10k-emoji", tenThousandEmoji),
    ("pathological-100KB-one-letter", oneLetter100KB),
    ("pathological-combining-stack", combiningStack),
  ]

  /// Ordinary prose at four sizes, to show that cost grows linearly with length.
  static let scalingInputs: [(name: String, text: String)] = [
    ("100B", prose(bytes: 100)),
    ("1KB", prose(bytes: 1_000)),
    ("10KB", prose(bytes: 10_000)),
    ("100KB", prose(bytes: 100_000)),
  ]
}
