Feature: Management by numbers — a sub-domain managed by quantitative indicators (star phrase 4.2)
  A sub-domain is managed by numbers when an approved indicator with a
  baseline, a target and an owner measures its process, the measurements run
  over four quarters, and every measurement below target has a deviation
  analysis with a corrective action. An honest provider at 88 % with the
  deviation analysed and acted on passes; one good figure reported once does
  not. Whether a measurement meets its target is computed by the engine from
  its value, target and direction, never taken as declared.

  The first rule shows the level-4 pattern of the shared contract (rules/CI.yaml,
  topics indicator_definition, indicator_measurement, deviation_analysis;
  docs/conditions.md) for the sub-domain OP-CR on a one-criterion catalogue.

  Background:
    Given an assessment dated 2026-11-01

  Rule: the level-4 pattern on a one-criterion catalogue (sub-domain OP-CR)

    Background:
      Given a catalogue whose criterion XX-AA-4-01 requires:
        """
        all:
          - evidence: {topic: indicator_definition, approved: true,
                       where: {subdomain: {eq: op_cr}, baseline: {exists: true}, target: {exists: true}, owner: {exists: true}},
                       referred_by: {topic: indicator_measurement}}
          - evidence: {topic: indicator_measurement, kinds: [metric], max_age_days: 460,
                       where: {subdomain: {eq: op_cr}}, distinct_by: period.quarter, at_least: 4}
          - not: {evidence: {topic: indicator_measurement, where: {subdomain: {eq: op_cr}, meets_target: {eq: false}},
                             lacking: {topic: deviation_analysis, where: {action: {exists: true}}}}}
        """

    Scenario: four quarters measured, the one below target analysed and acted on, pass
      Given the evidence:
        | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                 |
        | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CR; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=客户服务部 |
        | M1    | indicator_measurement | metric   | 2026-01-10 |          | 91    | %    | 2025-Q4 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M2    | indicator_measurement | metric   | 2026-04-10 |          | 88    | %    | 2026-Q1 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M3    | indicator_measurement | metric   | 2026-07-10 |          | 92    | %    | 2026-Q2 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M4    | indicator_measurement | metric   | 2026-10-10 |          | 93    | %    | 2026-Q3 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | DEV-1 | deviation_analysis    | record   | 2026-04-20 |          |       |      |         | M2        | subdomain=OP-CR; cause=回访人手不足; action=增设回访专员并每周复盘; action_status=completed  |
      When the bundle is assessed
      Then criterion XX-AA-4-01 passes
      And criterion XX-AA-4-01 cites IND-1
      And criterion XX-AA-4-01 cites M2

    Scenario: the same quarters without the deviation analysis fail, naming the low measurement
      Given the evidence:
        | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                 |
        | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CR; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=客户服务部 |
        | M1    | indicator_measurement | metric   | 2026-01-10 |          | 91    | %    | 2025-Q4 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M2    | indicator_measurement | metric   | 2026-04-10 |          | 88    | %    | 2026-Q1 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M3    | indicator_measurement | metric   | 2026-07-10 |          | 92    | %    | 2026-Q2 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M4    | indicator_measurement | metric   | 2026-10-10 |          | 93    | %    | 2026-Q3 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
      When the bundle is assessed
      Then criterion XX-AA-4-01 fails
      And the finding for XX-AA-4-01 says "M2 has no evidence item of topic 'deviation_analysis'"

    Scenario: a single good figure reported once fails
      Given the evidence:
        | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                 |
        | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CR; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=客户服务部 |
        | M1    | indicator_measurement | metric   | 2026-10-10 |          | 98    | %    | 2026-Q3 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
      When the bundle is assessed
      Then criterion XX-AA-4-01 fails
      And the finding for XX-AA-4-01 says "found 1 distinct quarter"

    Scenario: four measurements in one quarter fail
      Given the evidence:
        | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                 |
        | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CR; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=客户服务部 |
        | M1    | indicator_measurement | metric   | 2026-07-10 |          | 91    | %    | 2026-07 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M2    | indicator_measurement | metric   | 2026-08-10 |          | 92    | %    | 2026-08 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M3    | indicator_measurement | metric   | 2026-09-10 |          | 93    | %    | 2026-09 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M4    | indicator_measurement | metric   | 2026-10-01 |          | 94    | %    | 2026-Q3 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
      When the bundle is assessed
      Then criterion XX-AA-4-01 fails
      And the finding for XX-AA-4-01 says "found 1 distinct quarter"

    Scenario: a measurement declared on target while its value is below target fails and carries a caution
      Given the evidence:
        | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                 |
        | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CR; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=客户服务部 |
        | M1    | indicator_measurement | metric   | 2026-01-10 |          | 91    | %    | 2025-Q4 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M2    | indicator_measurement | metric   | 2026-04-10 |          | 88    | %    | 2026-Q1 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better; meets_target=true                     |
        | M3    | indicator_measurement | metric   | 2026-07-10 |          | 92    | %    | 2026-Q2 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M4    | indicator_measurement | metric   | 2026-10-10 |          | 93    | %    | 2026-Q3 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
      When the bundle is assessed
      Then criterion XX-AA-4-01 fails
      And the finding for XX-AA-4-01 says "M2 has no evidence item of topic 'deviation_analysis'"
      And the report cautions "M2 declares meets_target = True, but its value and target give False (88 is not ≥ 90, higher_better): False is used"

    Scenario: a measurement cannot lower the bar its definition sets — the low quarter still needs its analysis
      Given the evidence:
        | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                 |
        | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CR; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=客户服务部 |
        | M1    | indicator_measurement | metric   | 2026-01-10 |          | 91    | %    | 2025-Q4 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M2    | indicator_measurement | metric   | 2026-04-10 |          | 88    | %    | 2026-Q1 | IND-1     | subdomain=OP-CR; target=85; direction=higher_better                                        |
        | M3    | indicator_measurement | metric   | 2026-07-10 |          | 92    | %    | 2026-Q2 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M4    | indicator_measurement | metric   | 2026-10-10 |          | 93    | %    | 2026-Q3 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
      When the bundle is assessed
      Then criterion XX-AA-4-01 fails
      And the finding for XX-AA-4-01 says "M2 has no evidence item of topic 'deviation_analysis'"
      And the report cautions "M2 states target = 85, below the bar of the definition it measures (IND-1: 90, higher_better): 90 is used"

    Scenario: a measurement cannot turn the direction round — nor state no target and escape it
      Given the evidence:
        | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                 |
        | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CR; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=客户服务部 |
        | M1    | indicator_measurement | metric   | 2026-01-10 |          | 91    | %    | 2025-Q4 | IND-1     | subdomain=OP-CR                                                                            |
        | M2    | indicator_measurement | metric   | 2026-04-10 |          | 88    | %    | 2026-Q1 | IND-1     | subdomain=OP-CR; target=90; direction=lower_better                                         |
        | M3    | indicator_measurement | metric   | 2026-07-10 |          | 80    | %    | 2026-Q2 | IND-1     | subdomain=OP-CR                                                                            |
        | M4    | indicator_measurement | metric   | 2026-10-10 |          | 93    | %    | 2026-Q3 | IND-1     | subdomain=OP-CR                                                                            |
      When the bundle is assessed
      Then criterion XX-AA-4-01 fails
      And the finding for XX-AA-4-01 says "M2 has no evidence item of topic 'deviation_analysis'"
      And the finding for XX-AA-4-01 says "M3 has no evidence item of topic 'deviation_analysis'"
      And the report cautions "M2 states direction = 'lower_better' but the definition it measures (IND-1) says 'higher_better': 'higher_better' is used"

    Scenario: four old quarters reported last month are as old as the quarters they measure
      Given the evidence:
        | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                 |
        | IND-1 | indicator_definition  | document | 2021-09-01 | yes      |       |      |         |           | subdomain=OP-CR; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=客户服务部 |
        | M1    | indicator_measurement | metric   | 2026-10-10 |          | 91    | %    | 2022-Q1 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M2    | indicator_measurement | metric   | 2026-10-10 |          | 92    | %    | 2022-Q2 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M3    | indicator_measurement | metric   | 2026-10-10 |          | 93    | %    | 2022-Q3 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
        | M4    | indicator_measurement | metric   | 2026-10-10 |          | 94    | %    | 2022-Q4 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
      When the bundle is assessed
      Then criterion XX-AA-4-01 fails
      And the finding for XX-AA-4-01 says "measures a period that ended on 2022-12-31"

    Scenario: a figure for a quarter that had not begun when it was reported is refused as bad input
      Given the evidence:
        | id    | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                 |
        | IND-1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CR; indicator=客户满意率; baseline=86; target=90; direction=higher_better; owner=客户服务部 |
        | M1    | indicator_measurement | metric   | 2026-10-10 |          | 91    | %    | 2027-Q1 | IND-1     | subdomain=OP-CR; target=90; direction=higher_better                                        |
      When the bundle is assessed
      Then the assessment is refused with "a figure cannot measure a period that had not begun"
