import PostCheck

/// Plain-English wording shared by the human-readable reports.
enum Advice {
  /// A category's name for a parent.
  static func label(_ category: Category) -> String {
    switch category {
    case .namedIndividual: "Names a person"
    case .allegation: "Allegation"
    case .complaint: "Complaint"
    case .threat: "Threat"
    case .discriminatory: "Discriminatory language"
    case .abusive: "Insulting or abusive"
    case .confidential: "Private information"
    case .childImage: "Images of children"
    }
  }

  /// What to do instead, following the school's channels.
  static func instead(for report: Report, profile: SchoolProfile) -> String {
    var lines = [
      "If you have a concern, please speak to \(channels(profile)), or follow the school's Complaints Policy. "
        + "They can deal with it fairly and in confidence."
    ]
    let categories = Set(report.categories)
    if categories.contains(.namedIndividual) { lines.append("Leave out names and anything that identifies a person.") }
    if categories.contains(.allegation) {
      lines.append("Describe how you feel rather than stating things you cannot prove.")
    }
    return lines.joined(separator: "\n")
  }

  /// What the policy says the school may do if a post like this goes up: for posts that should not be posted.
  static func whatHappensNext(for report: Report) -> String? {
    guard report.verdict == .doNotPost else { return nil }
    let categories = Set(report.categories)
    var text =
      "Under the policy, the school may report a post like this to the site, ask for it to be removed and invite "
      + "you to a meeting with the Headteacher"
    if categories.contains(.allegation) { text += ", and may take legal advice if it is defamatory" }
    if categories.contains(.threat) || categories.contains(.discriminatory) {
      text += ". For threats or discriminatory content it may contact the police"
    }
    return text + "."
  }

  /// The school's channels as a phrase: "the class teacher, the Headteacher or the Chair of Governors".
  static func channels(_ profile: SchoolProfile) -> String {
    let names = profile.channels.map { channel in
      var text = "the " + channel.role
      if let name = channel.name { text += " (\(name))" }
      if let contact = channel.contact { text += " at \(contact)" }
      return text
    }
    guard names.count > 1 else { return names.first ?? "the school" }
    return names.dropLast().joined(separator: ", ") + " or " + names.last!
  }

  /// A word or phrase with every letter after the first of each word hidden: "k***".
  static func masked(_ text: String) -> String {
    var result = ""
    var atWordStart = true
    for character in text {
      if character.isLetter || character.isNumber {
        result.append(atWordStart ? character : "*")
        atWordStart = false
      } else {
        result.append(character)
        atWordStart = character.isWhitespace
      }
    }
    return result
  }
}
