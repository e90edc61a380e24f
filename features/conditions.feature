Feature: Condition language — alternatives on one item, k of n parts, 'none of' that fails closed
  Examples of what a catalogue author can write in a criterion's `requires`
  (docs/conditions.md), each on a one-criterion catalogue: the rule decides
  in durable_rules (and the reference evaluator agrees), the finding says why.

  Background:
    Given an assessment dated 2026-11-01

  Scenario: one plan with an owner and either a strategic scope or a three-year horizon
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence:
        topic: plan
        where:
          owner: {exists: true}
          any:
            - scope: {eq: strategic}
            - horizon_years: {gte: 3}
      """
    And the evidence:
      | id | topic | kind     | attributes                                |
      | P1 | plan  | document | owner=board; scope=annual; horizon_years=5 |
    When the bundle is assessed
    Then criterion XX-AA-1-01 passes
    And criterion XX-AA-1-01 cites P1

  Scenario: the alternatives must hold on the same item, not on two
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence:
        topic: plan
        where:
          owner: {exists: true}
          any:
            - scope: {eq: strategic}
            - horizon_years: {gte: 3}
      """
    And the evidence:
      | id | topic | kind     | attributes      |
      | P1 | plan  | document | owner=board     |
      | P2 | plan  | document | horizon_years=5 |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails
    And the finding for XX-AA-1-01 says "P2 records no owner; needs owner recorded"
    And the finding for XX-AA-1-01 says "P1 records no scope; records no horizon_years; needs (scope = 'strategic' or horizon_years ≥ 3)"

  Scenario: a plan that is not a draft
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: plan, where: {not: {status: {in: [draft, withdrawn]}}}}
      """
    And the evidence:
      | id | topic | kind     | attributes   |
      | P1 | plan  | document | status=draft |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails
    And the finding for XX-AA-1-01 says "needs not (status one of 'draft', 'withdrawn')"

  Scenario: at least two of three kinds of channel
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      some:
        at_least: 2
        of:
          - evidence: {topic: log}
          - evidence: {topic: kpi}
          - evidence: {topic: tags}
      """
    And the evidence:
      | id | topic   | kind   |
      | H1 | log     | system |
      | V1 | tags    | record |
    When the bundle is assessed
    Then criterion XX-AA-1-01 passes
    And criterion XX-AA-1-01 cites H1

  Scenario: one of three kinds of channel is not two
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      some:
        at_least: 2
        of:
          - evidence: {topic: log}
          - evidence: {topic: kpi}
          - evidence: {topic: tags}
      """
    And the evidence:
      | id | topic   | kind   |
      | H1 | log     | system |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails

  Scenario: an undated complaint cannot be shown to be old, so it counts against 'none in the last year'
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      not: {evidence: {topic: issue, max_age_days: 365, where: {severity: {eq: major}}}}
      """
    And the evidence:
      | id | topic     | kind   | attributes     |
      | C1 | issue     | record | severity=major |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails
    And the finding for XX-AA-1-01 says "C1 counts against it (it could not be checked: it has no issue date)"

  Scenario: every service plan is approved, and there is at least one
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: plan, every: true, approved: true}
      """
    And the evidence:
      | id | topic | kind     | issued     | approved |
      | P1 | plan  | document | 2026-01-10 | yes      |
      | P2 | plan  | document | 2026-03-10 | yes      |
    When the bundle is assessed
    Then criterion XX-AA-1-01 passes
    And criterion XX-AA-1-01 cites P1
    And criterion XX-AA-1-01 cites P2

  Scenario: one unapproved plan fails 'every plan is approved', by name
    Given a catalogue whose criterion XX-AA-1-01 requires:
      """
      evidence: {topic: plan, every: true, approved: true}
      """
    And the evidence:
      | id | topic | kind     | issued     | approved |
      | P1 | plan  | document | 2026-01-10 | yes      |
      | P2 | plan  | document | 2026-03-10 | no       |
    When the bundle is assessed
    Then criterion XX-AA-1-01 fails
    And the finding for XX-AA-1-01 says "P2 does not count: it is not approved"
