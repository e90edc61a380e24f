Feature: 服务战略 Service strategy (ST)
  Every criterion of clause 5 in the reference catalogue, shown passing on
  evidence an assessor would accept and failing for a stated reason.

  Background:
    Given an assessment dated 2026-11-01

  # ------------------------------------------------------------ SG strategy and goals

  Scenario: ST-SG-1-01 passes with an approved work plan issued this year
    Given the evidence:
      | id | topic            | kind     | issued     | approved | attributes          |
      | E1 | annual_work_plan | document | 2026-01-08 | yes      | services_planned=14 |
    When the bundle is assessed
    Then criterion ST-SG-1-01 passes
    And criterion ST-SG-1-01 cites E1

  Scenario: ST-SG-1-01 fails when the plan was never approved
    Given the evidence:
      | id | topic            | kind     | issued     | attributes          |
      | E1 | annual_work_plan | document | 2026-01-08 | services_planned=14 |
    When the bundle is assessed
    Then criterion ST-SG-1-01 fails
    And the finding for ST-SG-1-01 says "E1 does not count: it is not approved"

  Scenario: ST-SG-2-01 passes with three measurable goals
    Given the evidence:
      | id | topic         | kind     | issued     | approved | attributes                   |
      | E1 | service_goals | document | 2026-01-15 | yes      | goal_count=6; measurable=true |
    When the bundle is assessed
    Then criterion ST-SG-2-01 passes

  Scenario: ST-SG-2-01 fails when the goals have no target values
    Given the evidence:
      | id | topic         | kind     | issued     | approved | attributes                    |
      | E1 | service_goals | document | 2026-01-15 | yes      | goal_count=6; measurable=false |
    When the bundle is assessed
    Then criterion ST-SG-2-01 fails
    And the finding for ST-SG-2-01 says "has measurable = false; needs measurable = true"

  Scenario: ST-SG-3-01 passes with a five-year plan in force
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes      |
      | E1 | strategic_plan | document | 2025-12-20 | 2030-12-31  | yes      | horizon_years=5 |
    When the bundle is assessed
    Then criterion ST-SG-3-01 passes

  Scenario: ST-SG-3-01 fails when the plan's period has ended
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes      |
      | E1 | strategic_plan | document | 2021-02-20 | 2025-12-31  | yes      | horizon_years=5 |
    When the bundle is assessed
    Then criterion ST-SG-3-01 fails
    And the finding for ST-SG-3-01 says "expired on 2025-12-31"

  Scenario: ST-SG-3-02 passes when the strategy reached most staff
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes           |
      | E1 | strategy_communication | record | 2026-02-26 | staff_reached_pct=94 |
    When the bundle is assessed
    Then criterion ST-SG-3-02 passes

  Scenario: ST-SG-3-02 fails when too few staff were reached
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes           |
      | E1 | strategy_communication | record | 2026-02-26 | staff_reached_pct=55 |
    When the bundle is assessed
    Then criterion ST-SG-3-02 fails
    And the finding for ST-SG-3-02 says "needs staff_reached_pct ≥ 80"

  Scenario: ST-SG-4-01 passes with owned quantitative indicators
    Given the evidence:
      | id | topic                  | kind     | issued     | approved | attributes                          |
      | E1 | strategy_kpi_breakdown | document | 2026-01-28 | yes      | kpi_count=12; owners_assigned=true |
    When the bundle is assessed
    Then criterion ST-SG-4-01 passes

  Scenario: ST-SG-4-01 fails when indicators have no owners
    Given the evidence:
      | id | topic                  | kind     | issued     | approved | attributes                           |
      | E1 | strategy_kpi_breakdown | document | 2026-01-28 | yes      | kpi_count=12; owners_assigned=false |
    When the bundle is assessed
    Then criterion ST-SG-4-01 fails
    And the finding for ST-SG-4-01 says "needs owners_assigned = true"

  Scenario: ST-SG-4-02 passes when 83 % of the strategic indicators are met
    Given the evidence:
      | id | topic                    | kind   | issued     | value | unit |
      | E1 | strategy_goal_attainment | metric | 2026-10-12 | 83.3  | %    |
    When the bundle is assessed
    Then criterion ST-SG-4-02 passes

  Scenario: ST-SG-4-02 fails when attainment is below target
    Given the evidence:
      | id | topic                    | kind   | issued     | value | unit |
      | E1 | strategy_goal_attainment | metric | 2026-10-12 | 64    | %    |
    When the bundle is assessed
    Then criterion ST-SG-4-02 fails
    And the finding for ST-SG-4-02 says "has value 64 %; needs ≥ 80"

  Scenario: ST-SG-5-01 passes with a long-term plan covering finance, talent and the service model
    Given the evidence:
      | id | topic               | kind     | issued     | valid_until | approved | attributes                                                    |
      | E1 | sustainability_plan | document | 2026-03-18 | 2032-12-31  | yes      | horizon_years=7; dimensions=[finance,talent,service_model] |
    When the bundle is assessed
    Then criterion ST-SG-5-01 passes
    And criterion ST-SG-5-01 cites E1

  Scenario: ST-SG-5-01 fails when the plan ignores talent
    Given the evidence:
      | id | topic               | kind     | issued     | valid_until | approved | attributes                                       |
      | E1 | sustainability_plan | document | 2026-03-18 | 2032-12-31  | yes      | horizon_years=7; dimensions=[finance,service_model] |
    When the bundle is assessed
    Then criterion ST-SG-5-01 fails
    And the finding for ST-SG-5-01 says "needs dimensions including 'talent'"

  Scenario: ST-SG-5-02 passes with innovation goals in the plan in force
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes                          |
      | E1 | strategic_plan | document | 2025-12-20 | 2030-12-31  | yes      | horizon_years=5; innovation_goals=3 |
    When the bundle is assessed
    Then criterion ST-SG-5-02 passes

  Scenario: ST-SG-5-02 fails when the plan has only one innovation goal
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes                          |
      | E1 | strategic_plan | document | 2025-12-20 | 2030-12-31  | yes      | horizon_years=5; innovation_goals=1 |
    When the bundle is assessed
    Then criterion ST-SG-5-02 fails
    And the finding for ST-SG-5-02 says "needs innovation_goals ≥ 2"

  # ------------------------------------------------------- DI demand insight and positioning

  Scenario Outline: ST-DI-1-01 passes on either a request log or visit records (<source>)
    Given the evidence:
      | id | topic    | kind   | issued     | attributes   |
      | E1 | <source> | record | 2026-06-01 | <attributes> |
    When the bundle is assessed
    Then criterion ST-DI-1-01 passes
    And criterion ST-DI-1-01 cites E1

    Examples:
      | source              | attributes  |
      | service_request_log | entries=120 |
      | client_visit_record | visits=15   |

  Scenario: ST-DI-1-01 fails when the only request log is undated
    Given the evidence:
      | id | topic               | kind   | attributes |
      | E1 | service_request_log | record | entries=40 |
    When the bundle is assessed
    Then criterion ST-DI-1-01 fails
    And the finding for ST-DI-1-01 says "E1 does not count: it has no issue date"

  Scenario: ST-DI-2-01 passes with four defined segments
    Given the evidence:
      | id | topic              | kind     | issued     | approved | attributes |
      | E1 | market_positioning | document | 2025-06-10 | yes      | segments=4 |
    When the bundle is assessed
    Then criterion ST-DI-2-01 passes

  Scenario: ST-DI-2-01 fails when the positioning is older than three years
    Given the evidence:
      | id | topic              | kind     | issued     | approved | attributes |
      | E1 | market_positioning | document | 2022-06-10 | yes      | segments=4 |
    When the bundle is assessed
    Then criterion ST-DI-2-01 fails
    And the finding for ST-DI-2-01 says "dates from 2022-06-10"

  Scenario: ST-DI-3-01 passes with two surveys of enough enterprises
    Given the evidence:
      | id | topic        | kind   | issued     | attributes      |
      | E1 | needs_survey | record | 2026-05-20 | respondents=412 |
      | E2 | needs_survey | record | 2026-09-03 | respondents=156 |
    When the bundle is assessed
    Then criterion ST-DI-3-01 passes
    And criterion ST-DI-3-01 cites E2

  Scenario: ST-DI-3-01 fails when the second survey is too small
    Given the evidence:
      | id | topic        | kind   | issued     | attributes      |
      | E1 | needs_survey | record | 2026-05-20 | respondents=412 |
      | E2 | needs_survey | record | 2026-09-03 | respondents=18  |
    When the bundle is assessed
    Then criterion ST-DI-3-01 fails
    And the finding for ST-DI-3-01 says "found 1 (E1)"

  Scenario: ST-DI-3-02 passes with three customised cases
    Given the evidence:
      | id | topic              | kind   | issued     |
      | E1 | custom_service_case | record | 2026-04-22 |
      | E2 | custom_service_case | record | 2026-06-30 |
      | E3 | custom_service_case | record | 2026-08-14 |
    When the bundle is assessed
    Then criterion ST-DI-3-02 passes

  Scenario: ST-DI-3-02 fails with only two cases
    Given the evidence:
      | id | topic               | kind   | issued     |
      | E1 | custom_service_case | record | 2026-04-22 |
      | E2 | custom_service_case | record | 2026-06-30 |
    When the bundle is assessed
    Then criterion ST-DI-3-02 fails
    And the finding for ST-DI-3-02 says "found 2 (E1, E2)"

  Scenario: ST-DI-4-01 passes with a model-based forecast from four sources
    Given the evidence:
      | id | topic           | kind     | issued     | approved | attributes                          |
      | E1 | demand_forecast | document | 2026-09-28 | yes      | method=time_series; data_sources=4 |
    When the bundle is assessed
    Then criterion ST-DI-4-01 passes

  Scenario: ST-DI-4-01 fails when the forecast is judgement alone
    Given the evidence:
      | id | topic           | kind     | issued     | approved | attributes                        |
      | E1 | demand_forecast | document | 2026-09-28 | yes      | method=judgement; data_sources=1 |
    When the bundle is assessed
    Then criterion ST-DI-4-01 fails
    And the finding for ST-DI-4-01 says "has method = 'judgement'"

  Scenario: ST-DI-5-01 passes with a published sector index
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes     |
      | E1 | industry_insight_report | document | 2026-03-15 | published=true |
    When the bundle is assessed
    Then criterion ST-DI-5-01 passes

  Scenario: ST-DI-5-01 fails when the report stayed internal
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes      |
      | E1 | industry_insight_report | document | 2026-03-15 | published=false |
    When the bundle is assessed
    Then criterion ST-DI-5-01 fails
    And the finding for ST-DI-5-01 says "needs published = true"

  # ------------------------------------------------ SP service portfolio and productisation

  Scenario: ST-SP-1-01 passes with this year's service guide
    Given the evidence:
      | id | topic        | kind     | issued     | valid_until | attributes  |
      | E1 | service_list | document | 2026-01-05 | 2026-12-31  | services=14 |
    When the bundle is assessed
    Then criterion ST-SP-1-01 passes

  Scenario: ST-SP-1-01 fails when the guide has expired
    Given the evidence:
      | id | topic        | kind     | issued     | valid_until | attributes  |
      | E1 | service_list | document | 2025-01-05 | 2025-12-31  | services=14 |
    When the bundle is assessed
    Then criterion ST-SP-1-01 fails
    And the finding for ST-SP-1-01 says "expired on 2025-12-31"

  Scenario: ST-SP-2-01 passes with three specified service products
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                  |
      | E1 | service_product_spec | document | 2025-11-20 | yes      | deliverables=diagnostic report; price_stated=true |
      | E2 | service_product_spec | document | 2025-11-20 | yes      | deliverables=system documents; price_stated=true  |
      | E3 | service_product_spec | document | 2025-11-20 | yes      | deliverables=filing receipt; price_stated=true    |
    When the bundle is assessed
    Then criterion ST-SP-2-01 passes

  Scenario: ST-SP-2-01 fails when a product sheet names no deliverables
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                  |
      | E1 | service_product_spec | document | 2025-11-20 | yes      | deliverables=diagnostic report; price_stated=true |
      | E2 | service_product_spec | document | 2025-11-20 | yes      | deliverables=system documents; price_stated=true  |
      | E3 | service_product_spec | document | 2025-11-20 | yes      | price_stated=true                                 |
    When the bundle is assessed
    Then criterion ST-SP-2-01 fails
    And the finding for ST-SP-2-01 says "E3 does not count: it records no deliverables"

  Scenario: ST-SP-3-01 passes with an approved portfolio review
    Given the evidence:
      | id | topic            | kind   | issued     | approved | attributes  |
      | E1 | portfolio_review | record | 2026-07-06 | yes      | decisions=5 |
    When the bundle is assessed
    Then criterion ST-SP-3-01 passes

  Scenario: ST-SP-3-01 fails when the review decided nothing
    Given the evidence:
      | id | topic            | kind   | issued     | approved | attributes  |
      | E1 | portfolio_review | record | 2026-07-06 | yes      | decisions=0 |
    When the bundle is assessed
    Then criterion ST-SP-3-01 fails
    And the finding for ST-SP-3-01 says "needs decisions ≥ 1"

  Scenario: ST-SP-4-01 passes when 71.5 % goes through standard products
    Given the evidence:
      | id | topic                  | kind   | issued     | value | unit |
      | E1 | standard_product_share | metric | 2026-10-12 | 71.5  | %    |
    When the bundle is assessed
    Then criterion ST-SP-4-01 passes

  Scenario: ST-SP-4-01 fails when only 48 % goes through standard products
    Given the evidence:
      | id | topic                  | kind   | issued     | value | unit |
      | E1 | standard_product_share | metric | 2026-10-12 | 48    | %    |
    When the bundle is assessed
    Then criterion ST-SP-4-01 fails
    And the finding for ST-SP-4-01 says "has value 48 %; needs ≥ 60"

  Scenario: ST-SP-4-01 refuses a share measured as a count, not a percentage
    Given the evidence:
      | id | topic                  | kind   | issued     | value | unit  |
      | E1 | standard_product_share | metric | 2026-10-12 | 715   | cases |
    When the bundle is assessed
    Then the assessment is refused with "unit 'cases' is not the unit of topic 'standard_product_share' (expected '%')"

  Scenario: ST-SP-4-01 reads a full-width percent sign as a percentage
    Given the evidence:
      | id | topic                  | kind   | issued     | value | unit |
      | E1 | standard_product_share | metric | 2026-10-12 | 72    | ％   |
    When the bundle is assessed
    Then criterion ST-SP-4-01 passes

  Scenario: ST-SP-5-01 passes with two innovation projects past the idea stage
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes     |
      | E1 | service_innovation_project | record | 2025-12-10 | stage=launched |
      | E2 | service_innovation_project | record | 2026-06-18 | stage=pilot    |
    When the bundle is assessed
    Then criterion ST-SP-5-01 passes

  Scenario: ST-SP-5-01 fails when one project is still an idea
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes     |
      | E1 | service_innovation_project | record | 2025-12-10 | stage=launched |
      | E2 | service_innovation_project | record | 2026-06-18 | stage=idea     |
    When the bundle is assessed
    Then criterion ST-SP-5-01 fails
    And the finding for ST-SP-5-01 says "has stage = 'idea'"

  # ---------------------------------------- FR finance, pricing and resource assurance

  Scenario: ST-FR-1-01 passes with this year's approved budget
    Given the evidence:
      | id | topic  | kind     | issued     | approved   |
      | E1 | budget | document | 2026-02-14 | 2026-02-14 |
    When the bundle is assessed
    Then criterion ST-FR-1-01 passes

  Scenario: ST-FR-1-01 fails when the budget was never approved
    Given the evidence:
      | id | topic  | kind     | issued     |
      | E1 | budget | document | 2026-10-20 |
    When the bundle is assessed
    Then criterion ST-FR-1-01 fails
    And the finding for ST-FR-1-01 says "is not approved"

  Scenario: ST-FR-1-01 refuses a budget approved only after the assessment
    Given the evidence:
      | id | topic  | kind     | issued     | approved   |
      | E1 | budget | document | 2026-10-20 | 2026-11-15 |
    When the bundle is assessed
    Then the assessment is refused with "2026-11-15 is after the assessment date 2026-11-01"

  Scenario: ST-FR-2-01 passes with a published fee policy in force
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes     |
      | E1 | pricing_policy | document | 2025-09-01 | 2027-08-31  | yes      | published=true |
    When the bundle is assessed
    Then criterion ST-FR-2-01 passes

  Scenario: ST-FR-2-01 fails when prices are known only internally
    Given the evidence:
      | id | topic          | kind     | issued     | approved | attributes      |
      | E1 | pricing_policy | document | 2025-09-01 | yes      | published=false |
    When the bundle is assessed
    Then criterion ST-FR-2-01 fails
    And the finding for ST-FR-2-01 says "has published = false"

  Scenario: ST-FR-3-01 passes with a resource plan covering people and core technology
    Given the evidence:
      | id | topic         | kind     | issued     | approved | attributes                         |
      | E1 | resource_plan | document | 2026-01-20 | yes      | covers=[people,core_technology] |
    When the bundle is assessed
    Then criterion ST-FR-3-01 passes

  Scenario: ST-FR-3-01 fails when the plan omits core technology
    Given the evidence:
      | id | topic         | kind     | issued     | approved | attributes                 |
      | E1 | resource_plan | document | 2026-01-20 | yes      | covers=[people,facilities] |
    When the bundle is assessed
    Then criterion ST-FR-3-01 fails
    And the finding for ST-FR-3-01 says "needs covers including 'core_technology'"

  Scenario: ST-FR-3-02 passes with 68 % qualified staff
    Given the evidence:
      | id | topic                 | kind   | issued     | value | unit |
      | E1 | qualified_staff_ratio | metric | 2026-09-30 | 68    | %    |
    When the bundle is assessed
    Then criterion ST-FR-3-02 passes

  Scenario: ST-FR-3-02 fails when the figure is two years old
    Given the evidence:
      | id | topic                 | kind   | issued     | value | unit |
      | E1 | qualified_staff_ratio | metric | 2024-09-30 | 68    | %    |
    When the bundle is assessed
    Then criterion ST-FR-3-02 fails
    And the finding for ST-FR-3-02 says "dates from 2024-09-30"

  Scenario: ST-FR-3-03 passes with an audit whose findings are closed
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                     |
      | E1 | audit_report            | document | 2026-04-10 |                                |
      | E2 | financial_audit_finding | record   | 2026-04-10 | severity=major; status=closed |
    When the bundle is assessed
    Then criterion ST-FR-3-03 passes
    And criterion ST-FR-3-03 cites E1

  Scenario: ST-FR-3-03 fails while a major audit finding is open
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                   |
      | E1 | audit_report            | document | 2026-04-10 |                              |
      | E2 | financial_audit_finding | record   | 2026-04-10 | severity=major; status=open |
    When the bundle is assessed
    Then criterion ST-FR-3-03 fails
    And the finding for ST-FR-3-03 says "must not exist, but E2 does"

  Scenario: ST-FR-4-01 passes with a cost-benefit analysis per service line
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes      |
      | E1 | service_cost_analysis | document | 2026-03-02 | yes      | service_lines=6 |
    When the bundle is assessed
    Then criterion ST-FR-4-01 passes

  Scenario: ST-FR-4-01 fails with only an organisation-wide figure
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes      |
      | E1 | service_cost_analysis | document | 2026-03-02 | yes      | service_lines=1 |
    When the bundle is assessed
    Then criterion ST-FR-4-01 fails
    And the finding for ST-FR-4-01 says "needs service_lines ≥ 2"

  Scenario: ST-FR-5-01 passes when no funding source exceeds 60 %
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit |
      | E1 | largest_funding_source_share | metric | 2026-04-10 | 52    | %    |
    When the bundle is assessed
    Then criterion ST-FR-5-01 passes

  Scenario: ST-FR-5-01 passes for a publicly funded centre with a three-year funding commitment
    Given the evidence:
      | id | topic                         | kind     | issued     | valid_until | approved | attributes                       | value | unit |
      | E1 | largest_funding_source_share  | metric   | 2026-04-10 |             |          |                                  | 92    | %    |
      | E2 | multi_year_funding_commitment | document | 2026-01-05 | 2028-12-31  | yes      | years_covered=3; funder=省财政厅 |       |      |
    When the bundle is assessed
    Then criterion ST-FR-5-01 passes
    And criterion ST-FR-5-01 cites E2

  Scenario: ST-FR-5-01 fails when one funder provides 85 %
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit |
      | E1 | largest_funding_source_share | metric | 2026-04-10 | 85    | %    |
    When the bundle is assessed
    Then criterion ST-FR-5-01 fails
    And the finding for ST-FR-5-01 says "has value 85 %; needs ≤ 60"

  Scenario: ST-FR-5-01 fails when the funding commitment covers only this year
    Given the evidence:
      | id | topic                         | kind     | issued     | valid_until | approved | attributes      |
      | E1 | multi_year_funding_commitment | document | 2026-01-05 | 2026-12-31  | yes      | years_covered=1 |
    When the bundle is assessed
    Then criterion ST-FR-5-01 fails
    And the finding for ST-FR-5-01 says "E1 does not count: it has years_covered = 1; needs years_covered ≥ 3"
