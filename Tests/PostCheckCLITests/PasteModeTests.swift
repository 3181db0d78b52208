import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Paste mode: `postcheck` started on a terminal with no text asks for the draft, reads it until Ctrl-D and shows the
/// report. Standard input is a real pseudo-terminal here, so the prompt logic and the terminal's end-of-file are the
/// ones a parent meets.
@Suite struct PasteModeTests {
  @Test func bareCommandOnATerminalPromptsAndChecksThePastedDraft() throws {
    let terminal = try PseudoTerminal()
    let process = Process()
    process.executableURL = PostCheckBinary.url
    process.arguments = []
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = terminal.follower
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let errors = ErrorCollector(stderr.fileHandleForReading)
    // Two lines, then Ctrl-D at the start of a line: the terminal's end of input.
    terminal.type("I'll be waiting for Mr Hale at the gate\nand he won't know what hit him\n\u{04}")
    let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(errors.text.contains("Paste or type your draft post"))
    #expect(output.contains("Mr Hale"))
    #expect(output.contains("Please don't post this"))
    #expect(process.terminationStatus == 2)
  }

  @Test func pipedInputIsNotPrompted() throws {
    let result = try PostCheckBinary.run([], input: "Lovely assembly today\n")
    #expect(!result.standardError.contains("Paste"))
    #expect(result.status == 0)
  }
}

/// A pseudo-terminal pair: the leader is the keyboard side, the follower is what the program sees as its terminal.
private struct PseudoTerminal {
  let leader: FileHandle
  let follower: FileHandle

  struct Unavailable: Error { var step: String }

  init() throws {
    // The POSIX pseudo-terminal calls are not in the Swift Glibc module (they need _XOPEN_SOURCE), so they are
    // looked up by name in the C library this process already uses.
    typealias OpenLeader = @convention(c) (Int32) -> Int32
    typealias Prepare = @convention(c) (Int32) -> Int32
    typealias FollowerName = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    guard let openLeader = Self.function("posix_openpt", as: OpenLeader.self),
      let grant = Self.function("grantpt", as: Prepare.self), let unlock = Self.function("unlockpt", as: Prepare.self),
      let followerName = Self.function("ptsname", as: FollowerName.self)
    else { throw Unavailable(step: "looking up the pseudo-terminal functions") }
    let leaderDescriptor = openLeader(O_RDWR | O_NOCTTY)
    guard leaderDescriptor >= 0 else { throw Unavailable(step: "posix_openpt") }
    guard grant(leaderDescriptor) == 0, unlock(leaderDescriptor) == 0, let name = followerName(leaderDescriptor) else {
      close(leaderDescriptor)
      throw Unavailable(step: "grantpt/unlockpt/ptsname")
    }
    let followerDescriptor = open(name, O_RDWR | O_NOCTTY)
    guard followerDescriptor >= 0 else {
      close(leaderDescriptor)
      throw Unavailable(step: "open follower")
    }
    leader = FileHandle(fileDescriptor: leaderDescriptor, closeOnDealloc: true)
    follower = FileHandle(fileDescriptor: followerDescriptor, closeOnDealloc: true)
  }

  private static func function<T>(_ name: String, as type: T.Type) -> T? {
    guard let library = dlopen(nil, RTLD_NOW), let symbol = dlsym(library, name) else { return nil }
    return unsafeBitCast(symbol, to: type)
  }

  /// Types `text` on the terminal's keyboard side (its echo is small enough to sit in the terminal's buffer).
  func type(_ text: String) {
    leader.write(Data(text.utf8))
  }
}
