Feature: Condition language v2 — relations, distinct counts, aggregates, dates, trends, money
  Examples of what a catalogue author can write in a criterion's `requires`
  (docs/conditions.md), each on a one-criterion catalogue: the rule decides
  in durable_rules, the finding says why in words.

  Background:
    Given an assessment dated 2026-11-01

  Scenario: every improvement action has a verification record that refers to it
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      all:
        - evidence: {topic: action, kinds: [record], referred_by: {topic: verification, approved: true}}
        - not: {evidence: {topic: action, kinds: [record], lacking: {topic: verification, approved: true}}}
      """
    And the evidence:
      | id   | topic        | kind   | issued     | approved | refers_to  |
      | IA-1 | action       | record | 2026-03-02 |          |            |
      | IA-2 | action       | record | 2026-05-11 |          |            |
      | VR-1 | verification | record | 2026-06-30 | yes      | IA-1, IA-2 |
    When the bundle is assessed
    Then criterion XX-AA-1-01 passes
    And criterion XX-AA-1-01 cites VR-1

  Scenario: an improvement action nobody verified fails the criterion, by name
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      all:
        - evidence: {topic: action, kinds: [record], referred_by: {topic: verification, approved: true}}
        - not: {evidence: {topic: action, kinds: [record], lacking: {topic: verification, approved: true}}}
      """
    And the evidence:
      | id   | topic        | kind   | issued     | approved | refers_to |
      | IA-1 | action       | record | 2026-03-02 |          |           |
      | IA-3 | action       | record | 2026-05-11 |          |           |
      | VR-1 | verification | record | 2026-06-30 | yes      | IA-1      |
      | VR-2 | verification | record | 2026-07-30 | no       | IA-3      |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails
    And the finding for XX-AA-1-01 says "IA-3 has no approved evidence item of topic 'verification' (主题) referring to it"

  Scenario: at least three distinct service channels, not three entries of one
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: log, at_least: 3, distinct_by: channel}
      """
    And the evidence:
      | id | topic | kind   | attributes      |
      | L1 | log   | record | channel=hotline |
      | L2 | log   | record | channel=Hotline |
      | L3 | log   | record | channel=web     |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails
    And the finding for XX-AA-1-01 says "found 2 distinct values of channel among L1, L2, L3"

  Scenario Outline: at least 80 % of staff hold both a degree and a mid-level title (<case>)
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence:
        topic: staff
        aggregate: {share: {degree: {eq: true}, title: {in: [mid, senior]}}, gte: 80}
      """
    And the evidence:
      | id | topic | kind   | attributes                  |
      | S1 | staff | record | degree=true; title=mid      |
      | S2 | staff | record | degree=true; title=senior   |
      | S3 | staff | record | degree=true; title=mid      |
      | S4 | staff | record | degree=true; title=mid      |
      | S5 | staff | record | degree=<degree>; title=mid  |
    When the bundle is assessed
    Then criterion XX-AA-1-01 <result>
    And the finding for XX-AA-1-01 says "share = <share> % over S1, S2, S3, S4, S5"

    Examples:
      | case        | degree | result | share |
      | all five    | true   | passes | 100   |
      | four of five| false  | passes | 80    |

  Scenario: the online share computed from two volumes falls short
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: volume, aggregate: {ratio: [online, total], gte: 60}}
      """
    And the evidence:
      | id | topic  | kind   | attributes            |
      | V1 | volume | record | online=200; total=500 |
      | V2 | volume | record | online=250; total=300 |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails
    And the finding for XX-AA-1-01 says "Σ online / Σ total = 56.25 % over V1, V2"

  Scenario Outline: operating for at least two years since founding (<founded>)
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: licence, days_between: {from: founded, gte: 730}}
      """
    And the evidence:
      | id | topic   | kind     | attributes        |
      | B1 | licence | document | founded=<founded> |
    When the bundle is assessed
    Then criterion XX-AA-1-01 <result>

    Examples:
      | founded    | result |
      | 2024-11-01 | passes |
      | 2024-11-03 | fails  |

  Scenario: satisfaction rose in each of the last two years
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: kpi, kinds: [metric], aggregate: {rises: value, gte: 2}}
      """
    And the evidence:
      | id | topic | kind   | value | unit | period |
      | K1 | kpi   | metric | 81.5  | %    | 2023   |
      | K2 | kpi   | metric | 84.0  | %    | 2024   |
      | K3 | kpi   | metric | 86.2  | %    | 2025   |
    When the bundle is assessed
    Then criterion XX-AA-1-01 passes

  Scenario: a missing year breaks "rose in each of the last two years"
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: kpi, kinds: [metric], aggregate: {rises: value, gte: 2}}
      """
    And the evidence:
      | id | topic | kind   | value | unit | period |
      | K1 | kpi   | metric | 81.5  | %    | 2022   |
      | K2 | kpi   | metric | 84.0  | %    | 2024   |
      | K3 | kpi   | metric | 86.2  | %    | 2025   |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails
    And the finding for XX-AA-1-01 says "consecutive rises = 1 over K1, K2, K3"

  Scenario Outline: revenue of at least 500 万元, written as <written>
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: revenue, kinds: [metric], value: {gte: 500, unit: 万元}}
      """
    And the evidence:
      | id | topic   | kind   | value   | unit   | period |
      | R1 | revenue | metric | <value> | <unit> | 2025   |
    When the bundle is assessed
    Then criterion XX-AA-1-01 <result>

    Examples:
      | written       | value   | unit | result |
      | 万元          | 520     | 万元 | passes |
      | yuan          | 5200000 | 元   | passes |
      | CNY, too low  | 4999999 | CNY  | fails  |
      | 亿元          | 0.06    | 亿元 | passes |

  Scenario: an amount in another currency is never converted silently
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: revenue, kinds: [metric], value: {gte: 500, unit: 万元}}
      """
    And the evidence:
      | id | topic   | kind   | value   | unit | period |
      | R1 | revenue | metric | 9000000 | USD  | 2025   |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails
    And the finding for XX-AA-1-01 says "R1 does not count: it is measured in USD, not 万元 (no exchange rate is applied)"
