//! The feed and CSV readers, table-driven: each case is an input and what must come out.

use super::*;

fn atom(entries: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tracker</title><id>urn:feed</id>{entries}</feed>"#
    )
}

const ENTRY: &str = r#"<entry><id>urn:dpdp</id><title>Digital Personal Data Protection Act, 2023</title>
<link rel="alternate" href="https://www.meity.gov.in/dpdp"/><link rel="enclosure" href="https://x.example/pdf"/>
<updated>2023-08-12T00:00:00Z</updated><published>2023-08-11T00:00:00Z</published>
<summary type="html">Data &amp; privacy &#8211; &lt;b&gt;cross-border&lt;/b&gt;</summary>
<category term="data-protection"/><category term="jurisdiction:IN"/><category term="instrument:law"/><category term="stage:adopted"/><category term="unrelated"/></entry>"#;

#[test]
fn an_atom_entry_gives_every_field() {
    let items = parse(atom(ENTRY).as_bytes()).unwrap();
    assert_eq!(items.len(), 1);
    let it = &items[0];
    assert_eq!(it.id.as_deref(), Some("urn:dpdp"));
    assert_eq!(it.title, "Digital Personal Data Protection Act, 2023");
    assert_eq!(it.link.as_deref(), Some("https://www.meity.gov.in/dpdp"));
    assert_eq!(it.date, "2023-08-11".parse().ok(), "published wins");
    assert_eq!(
        it.summary.as_deref(),
        Some("Data & privacy – <b>cross-border</b>")
    );
    assert_eq!(it.jurisdiction.as_deref(), Some("IN"));
    assert_eq!(it.topics, vec!["data-protection".to_string()]);
    let ready = prepare(items, &Defaults::default()).unwrap();
    assert_eq!(ready[0].stage.as_str(), "adopted");
    assert_eq!(ready[0].instrument.as_str(), "law");
}

#[test]
fn an_rss_item_gives_every_field() {
    let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>c</title>
<item><title>PIPL</title><link>https://example.org/pipl</link><guid isPermaLink="false">pipl-2021</guid>
<pubDate>Fri, 20 Aug 2021 00:00:00 +0800</pubDate><description><![CDATA[Personal <i>information</i>]]></description>
<category>data-flows</category><category>jurisdiction:cn</category></item>
<item><title>Second</title><link>https://example.org/2</link></item></channel></rss>"#;
    let items = parse(rss.as_bytes()).unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].id.as_deref(), Some("pipl-2021"));
    assert_eq!(items[0].date, "2021-08-20".parse().ok());
    assert_eq!(
        items[0].summary.as_deref(),
        Some("Personal <i>information</i>")
    );
    let d = Defaults {
        instrument: Some(Instrument::parse("law").unwrap()),
        ..Defaults::default()
    };
    let e = prepare(items, &d).unwrap_err();
    assert!(
        matches!(&e, FeedError::Item { item: 2, error } if error.field == "jurisdiction"),
        "{e}"
    );
}

#[test]
fn malformed_or_hostile_feeds_are_refused_with_where_and_why() {
    let cases: &[(&str, &str)] = &[
        ("<feed><entry><title>x</entry></feed>", "malformed XML"),
        ("<feed><entry><title>x</title>", "ends inside an element"),
        (
            r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><feed/>"#,
            "document type declaration",
        ),
        (
            "<feed><entry><title>&lol;</title></entry></feed>",
            "predefined entities",
        ),
        ("<html><body/></html>", "not a feed"),
        (
            r#"<?xml version="1.0" encoding="ISO-8859-1"?><feed/>"#,
            "only UTF-8",
        ),
        (
            "<feed><entry><title>x</title><updated>yesterday</updated></entry></feed>",
            "neither RFC 3339",
        ),
        ("   ", "empty"),
    ];
    for (input, want) in cases {
        let e = parse(input.as_bytes()).unwrap_err().to_string();
        assert!(e.contains(want), "{input:?}: {e}");
    }
    assert!(matches!(
        parse(&[0x3c, 0xff, 0xfe]),
        Err(FeedError::NotUtf8(1))
    ));
}

#[test]
fn limits_hold_for_depth_size_count_and_field_length() {
    let deep = format!("<feed>{}{}</feed>", "<x>".repeat(70), "</x>".repeat(70));
    assert!(
        parse(deep.as_bytes())
            .unwrap_err()
            .to_string()
            .contains("deeper")
    );
    let many = atom(&"<entry><title>t</title></entry>".repeat(MAX_ITEMS + 1));
    assert_eq!(parse(many.as_bytes()), Err(FeedError::TooManyItems));
    assert_eq!(parse(&vec![b' '; MAX_BYTES + 1]), Err(FeedError::TooLarge));
    let huge = atom(&format!(
        "<entry><title>t</title><summary>{}</summary></entry>",
        "a".repeat(MAX_FIELD * 4 + 1)
    ));
    assert!(
        parse(huge.as_bytes())
            .unwrap_err()
            .to_string()
            .contains("longer than")
    );
    let long_title = atom(&format!(
        "<entry><title>{}</title></entry>",
        "t".repeat(2001)
    ));
    assert!(parse(long_title.as_bytes()).is_err());
}

#[test]
fn a_long_summary_is_cut_not_refused() {
    let e = atom(&format!(
        "<entry><title>t</title><summary>{}</summary><category term='ai'/><category term='jurisdiction:BR'/><category term='instrument:law'/></entry>",
        "s".repeat(9000)
    ));
    let items = prepare(parse(e.as_bytes()).unwrap(), &Defaults::default()).unwrap();
    assert_eq!(items[0].summary.as_ref().unwrap().chars().count(), 5000);
}

#[test]
fn csv_rows_become_items_and_bad_rows_name_their_line() {
    let csv = "title,jurisdiction,instrument,topics,stage,date,url,process_id,process_label\n\
               PIPL,CN,law,data-protection;data-flows,in-force,2021-11-01,https://example.org/pipl,un-igf,Internet Governance Forum\n\
               \"AI Bill, PL 2338/2023\",br,law,ai,consultation,2023-05-03,,,\n";
    let items = parse(csv.as_bytes()).unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[1].title, "AI Bill, PL 2338/2023");
    assert_eq!(items[0].processes[0].id, "un-igf");
    let ready = prepare(items, &Defaults::default()).unwrap();
    assert_eq!(ready[1].jurisdiction, "BR");
    assert_eq!(ready[0].topics.len(), 2);

    for (input, want) in [
        ("title,colour\nx,red\n", "unknown column \"colour\""),
        ("jurisdiction\nIN\n", "no title column"),
        ("title,date\nx,11/08/2023\n", "line 2"),
        ("title,jurisdiction\nx\n", "1 fields where the header has 2"),
    ] {
        let e = parse(input.as_bytes()).unwrap_err().to_string();
        assert!(e.contains(want), "{input:?}: {e}");
    }
    let e = prepare(
        parse(b"title,jurisdiction,instrument,topics\nx,IN,law,weather\n").unwrap(),
        &Defaults::default(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("item 1: topics"), "{e}");
}
