import Testing

@testable import PostCheck

@Suite struct ChildImageDetectorTests {
  let checker: Checker
  init() throws { checker = try Bundled.checker() }

  private func images(_ post: String) throws -> [Finding] {
    try checker.check(post).findings.filter { $0.category == .childImage }
  }

  @Test(arguments: [
    "Here's a photo of the whole class on the trip!",
    "I filmed the scrap on the field, video below",
    "Got a pic of Dariusz crying at the gate",
    "Snapped this of all the Reception kids in their costumes.",
  ])
  func findsImagesOfChildren(_ post: String) throws {
    #expect(try !images(post).isEmpty)
  }

  @Test(arguments: [
    "The school photographer is in on Tuesday.",
    "Can anyone recommend a photo printing shop?",
    "Got a pic of hope and glory on the telly",
    "Took some of the kids to the park after school.",
  ])
  func ignoresOtherPhotos(_ post: String) throws {
    #expect(try images(post).isEmpty)
  }

  @Test(arguments: [
    "Photos of Year 3 at the farm, what a day",
    "Got the whole carol service on video for the grandparents",
    "Took this of my son and his mates at the party",
    "Our two with the neighbours' boys at the beach [photo]",
    "the little ones at the summer fair, video in comments",
    "Filmed Zainab's solo at the concert, what a voice",
  ])
  func findsCaptionsRecordingsAndAttachments(_ post: String) throws {
    #expect(try !images(post).isEmpty)
  }

  @Test(arguments: [
    "Does anyone have photos of Year 3 at the farm?",
    "Took this of my son at the beach",
    "Our kids at the beach today [photo]",
    "Got the whole carol service off by heart now",
    "My daughter's first day at school, pic below 😍",
    "Somebody left the Year 6 test results on the printer, pic below",
    "Found the reading levels for the whole class, screenshot below",
  ])
  func ignoresRequestsOwnChildrenAndNoImage(_ post: String) throws {
    #expect(try images(post).isEmpty)
  }

  @Test(arguments: [
    "Look at these little superstars at sports day 😍",
    "Here's the class photo from this year 📸",
    "Some pics from the Year 6 leavers' disco 🎉",
    "Managed to film the whole Christmas play",
    "Pic of my son with the new boy in his class",
  ])
  func findsPresentedGroupsAndOwnChildWithOthers(_ post: String) throws {
    #expect(try !images(post).isEmpty)
  }

  @Test(arguments: [
    "Look at these cakes I made for the bake sale!",
    "Here's the class newsletter for this week.",
    "Some pics from our holiday in Wales",
    "Swipe left on that idea, it's rubbish.",
  ])
  func ignoresPicturesOfThingsAndFiguresOfSpeech(_ post: String) throws {
    #expect(try images(post).isEmpty)
  }

  @Test(arguments: [
    "Here are the relay team with their medals, so proud of them all",
    "This is Priya and Noor at the Halloween disco",
    "Grabbed a brilliant one of them all on the minibus, will pop it on here later",
    "Took a couple of pics over the wall of the under 10s match",
    "Filmed this at the carol concert, the whole class singing 🎄",
    "I send here the photos from the school trip, all the children happy",
    "Going live on facebook at the summer fair so the grandparents can watch",
    "All the girls piled round for the sleepover, photo of the chaos below",
  ])
  func findsPresentingPromisingAndStreaming(_ post: String) throws {
    #expect(try !images(post).isEmpty)
  }

  @Test(arguments: [
    "Here is the class with the best attendance this week",
    "Here's my daughter with her medal from sports day",
    "I recorded this week's reading minutes for the kids",
    "The school will livestream the nativity for families who can't come",
    "Photos of the lost property table below, lots of the kids' coats there",
    "I'll post it on here when I know the date, the kids are excited",
    "The new website is going live on Monday",
  ])
  func ignoresLookalikesOfPresenting(_ post: String) throws {
    #expect(try images(post).isEmpty)
  }

  @Test(arguments: [
    "Here's the Year 4 band playing at the summer fair",
    "Putting the video on my insta now, the whole class dancing at the disco",
    "Posting it below, all the Y2s at the farm",
    "Forwarded the whatsapp group the photos from the netball tournament",
    "Made a video of all the kids at the leavers assembly, link in comments",
    "Aerial footage of the fun run, you can see everyone",
    "Check my fb for the sports day pics, loads of your kids on there",
    "Ha look at this lot at the disco 😂",
    "My Insta has all the pics from the leavers party",
    "Caught this gem at the end of the race, the Year 3s collapsing in a heap",
    "Here's what the Reception kids got up to in the snow today",
    "Anyone want a copy of the video I took at the carol concert?",
    "Look at the girl on the end in this team photo 😂",
    "Video below of the girl who keeps snatching balls at break",
  ])
  func findsPostingPointingAndOffersOfGroupPictures(_ post: String) throws {
    #expect(try !images(post).isEmpty)
  }

  @Test(arguments: [
    "My daughter in her costume for book day, pic below",
    "My boy in his football kit before the match 📸",
    "Pics of the nativity will go on the school app, not here please 📸",
    "The school made a lovely slideshow of the leavers",
    "Sent the group chat the details for the party",
    "Look at this lot of homework they sent home",
    "Your kids are all in it together, the whole class got the same letter",
    "My phone has loads of photos of my son I should print",
    "Caught this cold off the kids I think",
    "Here's the Year 3 reading list",
    "Screenshot of the Year 3 spelling list for anyone who lost it",
    "There's a typo in this newsletter photo caption",
  ])
  func ignoresOwnChildAtEventsSchoolPhotosAndLookalikes(_ post: String) throws {
    #expect(try images(post).isEmpty)
  }

  @Test(arguments: [
    "can send u the vids of the girls from netball if u want",
    "pm me for the carol concert photos",
  ])
  func findsPrivateOffersOfGroupPictures(_ post: String) throws {
    #expect(try !images(post).isEmpty)
  }

  @Test(arguments: [
    "Message me for the school photo order form",
    "Send me the pics of my son when you get a chance",
    "I'll send you the photos from our holiday",
  ])
  func ignoresOrderFormsAndOwnPictures(_ post: String) throws {
    #expect(try images(post).isEmpty)
  }
}
