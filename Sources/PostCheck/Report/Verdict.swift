/// PostCheck's advice on a whole post. Forum moderators read it as allow, hold or block.
public enum Verdict: String, CaseIterable, Hashable, Sendable, Codable {
  /// Nothing in the post breaches the policy.
  case ok
  /// The post voices a complaint, names a pupil or speaks negatively of a named person: think again first.
  case reconsider
  /// The post breaches the policy (threat, discrimination, abuse, allegation, confidential details, images).
  case doNotPost = "do_not_post"
}
