import Foundation

/// What makes PostCheck a particular school's: its name and the people to contact, its staff and pupil roster,
/// extra lexicons and per-category severity overrides. Stored as JSON (format in README, "School profile").
///
/// ```swift
/// let profile = try SchoolProfile.load(path: "clapgate.json")
/// let checker = try Checker(profile: profile)
/// ```
public struct SchoolProfile: Hashable, Sendable, Codable {
  /// Someone a parent can take a concern to.
  public struct Channel: Hashable, Sendable, Codable {
    /// The role, as the policy names it: "class teacher", "Headteacher", "Chair of Governors".
    public var role: String
    /// The person's name, if the school wants it shown.
    public var name: String?
    /// How to reach them: an e-mail address, a phone number, "the school office".
    public var contact: String?

    public init(role: String, name: String? = nil, contact: String? = nil) {
      self.role = role
      self.name = name
      self.contact = contact
    }
  }

  /// A member of staff or a pupil whom posts may name.
  public struct Person: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case staff, pupil }
    /// The name as people write it: "Zofia Nowak", "Mrs Patel".
    public var name: String
    public var kind: Kind
    /// The person's role, for staff: "Year 4 teacher", "SENCo".
    public var role: String?

    public init(name: String, kind: Kind, role: String? = nil) {
      self.name = name
      self.kind = kind
      self.role = role
    }
  }

  public var schoolName: String
  /// Where concerns should go, in the order the advice lists them.
  public var channels: [Channel]
  /// When the school's policy is next reviewed, as written in the policy.
  public var policyReviewDate: String?
  public var roster: [Person]
  /// Extra lexicon files, relative to the profile file's folder when not absolute.
  public var lexicons: [String]
  /// Severities that replace the detectors' own for every finding of a category.
  public var severityOverrides: [Category: Severity]

  public init(
    schoolName: String, channels: [Channel], policyReviewDate: String? = nil, roster: [Person] = [],
    lexicons: [String] = [], severityOverrides: [Category: Severity] = [:]
  ) {
    self.schoolName = schoolName
    self.channels = channels
    self.policyReviewDate = policyReviewDate
    self.roster = roster
    self.lexicons = lexicons
    self.severityOverrides = severityOverrides
  }

  /// The profile of the policy PostCheck was written for (Clapgate Primary School's Social Media Network
  /// Policy): concerns go to the class teacher, the Headteacher or the Chair of Governors, under the Complaints
  /// Policy. No roster.
  public static let `default` = SchoolProfile(
    schoolName: "Clapgate Primary School",
    channels: [
      Channel(role: "class teacher"), Channel(role: "Headteacher"), Channel(role: "Chair of Governors"),
    ],
    policyReviewDate: "June 28")

  enum CodingKeys: String, CodingKey {
    case schoolName = "school_name"
    case channels
    case policyReviewDate = "policy_review_date"
    case roster, lexicons
    case severityOverrides = "severity_overrides"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    schoolName = try container.decode(String.self, forKey: .schoolName)
    channels = try container.decodeIfPresent([Channel].self, forKey: .channels) ?? Self.default.channels
    policyReviewDate = try container.decodeIfPresent(String.self, forKey: .policyReviewDate)
    roster = try container.decodeIfPresent([Person].self, forKey: .roster) ?? []
    lexicons = try container.decodeIfPresent([String].self, forKey: .lexicons) ?? []
    let overrides = try container.decodeIfPresent([String: Severity].self, forKey: .severityOverrides) ?? [:]
    severityOverrides = [:]
    for (name, severity) in overrides {
      guard let category = Category(rawValue: name) else {
        throw DecodingError.dataCorruptedError(
          forKey: .severityOverrides, in: container, debugDescription: "unknown category '\(name)'")
      }
      severityOverrides[category] = severity
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schoolName, forKey: .schoolName)
    try container.encode(channels, forKey: .channels)
    try container.encodeIfPresent(policyReviewDate, forKey: .policyReviewDate)
    try container.encode(roster, forKey: .roster)
    try container.encode(lexicons, forKey: .lexicons)
    try container.encode(
      Dictionary(uniqueKeysWithValues: severityOverrides.map { ($0.key.rawValue, $0.value) }),
      forKey: .severityOverrides)
  }
}

/// Why a school profile could not be loaded.
public enum ProfileError: Error, Hashable, Sendable, CustomStringConvertible {
  case unreadable(file: String, reason: String)
  /// The JSON is malformed or a field is missing or wrong; `field` is the path to it, such as `roster[2].kind`.
  case invalid(file: String, field: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason): "\(file): cannot read profile: \(reason)"
    case .invalid(let file, let field, let reason):
      field.isEmpty ? "\(file): invalid profile: \(reason)" : "\(file): invalid profile: \(field): \(reason)"
    }
  }
}

extension SchoolProfile {
  /// Reads and validates a profile file; relative lexicon paths become relative to the file's folder.
  ///
  /// - Throws: ``ProfileError`` naming the file and the field at fault.
  public static func load(path: String) throws(ProfileError) -> SchoolProfile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(
        file: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
    }
    var profile: SchoolProfile
    do {
      profile = try JSONDecoder().decode(SchoolProfile.self, from: data)
    } catch let error as DecodingError {
      throw Self.describe(error, file: path)
    } catch {
      throw .invalid(file: path, field: "", reason: "not valid JSON")
    }
    try profile.validate(file: path)
    let folder = (path as NSString).deletingLastPathComponent
    profile.lexicons = profile.lexicons.map { $0.hasPrefix("/") ? $0 : (folder as NSString).appendingPathComponent($0) }
    return profile
  }

  /// Checks what JSON types alone cannot: names and roles are not blank.
  func validate(file: String) throws(ProfileError) {
    guard !schoolName.allSatisfy(\.isWhitespace) else {
      throw .invalid(file: file, field: "school_name", reason: "is empty")
    }
    for (index, channel) in channels.enumerated() where channel.role.allSatisfy(\.isWhitespace) {
      throw .invalid(file: file, field: "channels[\(index)].role", reason: "is empty")
    }
    for (index, person) in roster.enumerated() where !person.name.contains(where: \.isLetter) {
      throw .invalid(file: file, field: "roster[\(index)].name", reason: "has no letters")
    }
  }

  private static func describe(_ error: DecodingError, file: String) -> ProfileError {
    func path(_ codingPath: [any CodingKey]) -> String {
      codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
    switch error {
    case .keyNotFound(let key, let context):
      return .invalid(file: file, field: path(context.codingPath + [key]), reason: "is missing")
    case .typeMismatch(let type, let context):
      return .invalid(file: file, field: path(context.codingPath), reason: "should be \(Self.jsonName(of: type))")
    case .valueNotFound(let type, let context):
      return .invalid(
        file: file, field: path(context.codingPath), reason: "should be \(Self.jsonName(of: type)), not null")
    case .dataCorrupted(let context):
      let reason = context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription
      return .invalid(file: file, field: path(context.codingPath), reason: reason)
    @unknown default:
      return .invalid(file: file, field: "", reason: "not a valid profile")
    }
  }

  private static func jsonName(of type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is [Any].Type: "a list"
    case is [String: Any].Type: "an object"
    default: "a different kind of value"
    }
  }
}
