//! Parties: Member States, EU institutions and bodies, partner states and international
//! organisations, and the users who act for them.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::event::EventBody;
use crate::{LocalizedText, PartyId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    MemberState,
    EuBody,
    PartnerState,
    InternationalOrganisation,
}

impl PartyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PartyKind::MemberState => "member_state",
            PartyKind::EuBody => "eu_body",
            PartyKind::PartnerState => "partner_state",
            PartyKind::InternationalOrganisation => "international_organisation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            PartyKind::MemberState,
            PartyKind::EuBody,
            PartyKind::PartnerState,
            PartyKind::InternationalOrganisation,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

impl fmt::Display for PartyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `party.registered`: a party joins the community (or its names change).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyRegistered {
    pub id: PartyId,
    pub kind: PartyKind,
    pub name: LocalizedText,
}

impl EventBody for PartyRegistered {
    const TYPE: &'static str = "party.registered";
    const VERSION: u32 = 1;
}
