Feature: 等级评定 Roll-up into star levels
  A sub-domain reaches level L only when every applicable criterion of levels
  1..L passes; a domain is as strong as its weakest sub-domain, and the overall
  stars are those of the weakest domain. Exclusions need a justification and
  never raise a level by themselves.

  Background:
    Given an assessment dated 2026-11-01

  Scenario: a provider meeting every criterion of every level is rated 5 stars
    Given evidence meeting every criterion up to level 5
    When the bundle is assessed
    Then the overall rating is 5 stars
    And domain DE is at level 5

  Scenario: a provider with no evidence at all is rated 0 stars
    When the bundle is assessed
    Then the overall rating is 0 stars
    And sub-domain ST-SG is blocked by ST-SG-1-01

  Scenario Outline: meeting everything up to level <level> rates <level> stars
    Given evidence meeting every criterion up to level <level>
    When the bundle is assessed
    Then the overall rating is <level> stars

    Examples:
      | level |
      | 1     |
      | 2     |
      | 3     |
      | 4     |

  Scenario: one unmet level-2 criterion in one sub-domain caps the provider at 1 star
    Given evidence meeting every criterion up to level 5
    But without the evidence for criterion DE-SL-2-01
    When the bundle is assessed
    Then criterion DE-SL-2-01 fails
    And the overall rating is 1 star
    And domain DE is at level 1
    And sub-domain DE-SL is at level 1
    And sub-domain DE-SL is blocked by DE-SL-2-01
    And sub-domain DE-SC is at level 5
    And domain ST is at level 5

  Scenario: a gap at level 1 blocks every higher level of its sub-domain
    Given evidence meeting every criterion up to level 5 in domain ST
    But without the evidence for criterion ST-FR-1-01
    When the bundle is assessed
    Then sub-domain ST-FR is at level 0
    And sub-domain ST-FR is blocked by ST-FR-1-01
    And sub-domain ST-SG is at level 5
    And domain ST is at level 0

  Scenario: a justified exclusion keeps an inapplicable criterion from blocking
    Given evidence meeting every criterion up to level 5
    But without the evidence for criterion OP-DP-3-02
    And criterion OP-DP-3-02 is excluded because "The centre delivers every service with its own staff; no partner delivers for it."
    When the bundle is assessed
    Then criterion OP-DP-3-02 is not applicable
    And the overall rating is 5 stars

  Scenario: an expired exclusion no longer applies
    Given evidence meeting every criterion up to level 5
    But without the evidence for criterion OP-DP-3-02
    And criterion OP-DP-3-02 is excluded because "Partner delivery was suspended during the 2026 reorganisation." until 2026-06-30
    When the bundle is assessed
    Then criterion OP-DP-3-02 fails
    And sub-domain OP-DP is at level 2
    And the overall rating is 2 stars

  Scenario: excluding a criterion the catalogue does not allow to be excluded is refused
    Given evidence meeting every criterion up to level 1
    And criterion ST-SG-1-01 is excluded because "We prefer not to be assessed on work plans this year."
    When the bundle is assessed
    Then the assessment is refused with "ST-SG-1-01 may not be excluded"

  Scenario: an exclusion without a real justification is refused
    Given evidence meeting every criterion up to level 1
    And criterion OP-DP-3-02 is excluded because "n/a"
    When the bundle is assessed
    Then the assessment is refused with "$.exclusions[0].justification"

  Scenario: an undated complaint cannot slip past "no major complaint in the last year"
    Given evidence meeting every criterion up to level 5
    And the evidence:
      | id | topic            | kind   | attributes                     |
      | C1 | client_complaint | record | severity=major; status=closed |
    When the bundle is assessed
    Then the assessment is refused with "evidence of topic 'client_complaint' must carry an issued date"
