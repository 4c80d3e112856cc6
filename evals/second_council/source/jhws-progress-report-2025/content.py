"""Content of the JHWS Year One Progress Report (HWB 20 March 2025, agenda item 4).
Kept latin-1 only (core PDF fonts): '-' for dashes, plain quotes, pound sign allowed."""

TITLE = "Joint Health and Wellbeing Strategy 2024-2034: Year One Progress Report"

FRONT = [
    ("Meeting", "Brackenshire Health and Wellbeing Board"),
    ("Date of meeting", "Thursday, 20 March 2025"),
    ("Agenda item", "4"),
    (
        "Report of",
        "Director of Public Health, Brackenshire County Council",
    ),
    ("Report author", "Gareth Pryce, Health and Wellbeing Board Strategy Manager"),
    ("Period covered", "April 2024 to February 2025"),
    ("Status", "Public"),
    ("Electoral divisions affected", "All"),
]

# (kind, payload) blocks. kinds: h1, h2, p (numbered text starts the paragraph), list, table, rag, pagebreak
BLOCKS = [
    ("h1", "1. Purpose of the report"),
    (
        "p",
        '1.1  This report provides the Board with the first annual progress report on the Brackenshire Joint Health and Wellbeing Strategy (JHWS) 2024-2034, "Healthy Lives, Fairer Futures", which the Board approved on 14 March 2024. It covers the period from April 2024 to the end of February 2025 and reports on each of the ten "We will" commitments made in the strategy, using a Red, Amber, Green (RAG) status rating, together with the latest available data for the headline targets.',
    ),
    (
        "p",
        "1.2  The report also asks the Board to approve revisions to two of the strategy's targets: the adult smoking prevalence target, which the latest Annual Population Survey (APS) data show is close to being met five years early, and the target for emergency admissions due to falls in people aged 65 and over, where the Office for Health Improvement and Disparities (OHID) has changed the method used to calculate the indicator.",
    ),
    (
        "p",
        "1.3  Finally, the report asks the Board to agree a revised timetable for the refresh of the JHWS Delivery Plan 2024-2026 and to note the revised launch date for the Live Well Bracken (LWB) digital hub.",
    ),
    ("h1", "2. Recommendations"),
    ("p", "2.1  The Board is recommended to:"),
    (
        "list",
        [
            "(a)  note the progress made in the first year of the Joint Health and Wellbeing Strategy 2024-2034, including that of the ten commitments six are rated Green, three Amber and one Red, as set out in section 5 and section 6 of this report;",
            "(b)  approve the revision of the adult smoking prevalence target from 9% by 2030 to 8% by 2030, as set out in paragraphs 7.4 to 7.6;",
            "(c)  approve the revision of the target for emergency hospital admissions due to falls in people aged 65 and over from 1,950 per 100,000 by 2030 to 2,050 per 100,000 by 2030, measured against a baseline recalculated under the new OHID method of 2,290 per 100,000, as set out in paragraphs 7.7 to 7.9;",
            "(d)  agree that the refresh of the JHWS Delivery Plan 2024-2026, previously due in April 2025 (Minute 28, 19 September 2024), be completed by July 2025;",
            "(e)  note that the launch of the Live Well Bracken digital hub is now planned for April 2025, following the re-run of the supplier procurement;",
            "(f)  ask the chairs of the Board's sub-groups to reflect the key challenges in section 8 in the refreshed delivery plan.",
        ],
    ),
    ("h1", "3. Reasons for the recommendations"),
    (
        "p",
        "3.1  The Board is responsible under the Health and Social Care Act 2012 for preparing the Joint Health and Wellbeing Strategy and for keeping it under review. The strategy itself commits the Board to receiving an annual report on progress, to being open about where delivery is falling short, and to revising targets where the evidence changes. Recommendations (b) and (c) are proposed for those reasons: one target has become insufficiently stretching and the baseline of the other is no longer comparable with the data now published.",
    ),
    (
        "p",
        "3.2  Moving the delivery plan refresh to July 2025 allows it to reflect the revised targets, the refreshed ICB joint forward plan, confirmed budgets for 2025/26 and the priorities of the new Chair, as well as a full year of data for several indicators.",
    ),
    ("h1", "4. Background"),
    (
        "p",
        '4.1  The JHWS 2024-2034 replaced the previous strategy, "Healthier Together" 2019-2023, which the Board had extended to 31 March 2024. The new strategy\'s vision is that everyone in Brackenshire lives a healthier, longer life, and the gap between our healthiest and least healthy communities narrows. It is built around five priorities: Best Start in Life; Living Well; Good Mental Health for All; Healthy Places and Communities; and Ageing Well and Joined-up Care. Each priority contains two "We will" commitments and a small number of measurable targets.',
    ),
    (
        "p",
        "4.2  On 19 September 2024 the Board approved the JHWS Delivery Plan 2024-2026 (Minute 28 refers), which sets out the actions, milestones and accountable sub-groups for each commitment. The sub-groups reporting to the Board are the Prevention and Healthy Lives Partnership (PHLP), the Brackenshire Children and Young People's Partnership (CYPP), the Mental Health and Wellbeing Alliance (MHWA), the Better Care Fund Integration Group (BCFIG) and the Healthy Places Network (HPN). The Suicide Prevention Steering Group (SPSG) reports to the MHWA rather than directly to the Board.",
    ),
    (
        "p",
        "4.3  A draft of the RAG ratings in this report was discussed with Board members at the informal development session on 12 December 2024 and has since been updated with data and information received up to the end of February 2025. Each lead has confirmed the rating and the update for their commitment.",
    ),
    (
        "p",
        "4.4  Following the February 2025 Cabinet changes, Cllr Margaret Ellery, who chaired the Board when the strategy was adopted, has left the Cabinet and the Board. Cllr David Okonjo, now Cabinet Member for Health and Adult Social Care, chairs the Board from this meeting (the election of Chair is agenda item 1). The Chair and the Vice-Chair, Dr Amelia Thorne, have been briefed on the contents of this report and have asked that a short public summary, attached as Appendix A, be published alongside it.",
    ),
    ("p", "4.5  The RAG ratings used in this report are defined as follows:"),
    (
        "list",
        [
            "Green - the commitment is on track to be delivered as planned in the delivery plan, with no significant risks.",
            "Amber - there has been some slippage or there are risks to delivery, but these are understood and the commitment can be delivered with the actions proposed.",
            "Red - the commitment is significantly off track, or the related target is moving in the wrong direction, and additional action is needed to bring it back on course.",
        ],
    ),
    (
        "p",
        "4.6  Many of the strategy's indicators are published with a time lag of one to two years, and several are based on survey samples. The RAG ratings are therefore based mainly on delivery of the commitments, informed by the direction of travel of the indicators.",
    ),
    ("h1", "5. Summary of progress against the commitments"),
    (
        "p",
        "5.1  Of the ten commitments in the strategy, six are rated Green, three Amber and one Red. The table below summarises the position by priority.",
    ),
    (
        "table",
        {
            "widths": [76, 32, 24, 24, 24],
            "rows": [
                ["Priority", "Commitments", "Green", "Amber", "Red"],
                ["1. Best Start in Life", "2", "1", "1", "0"],
                ["2. Living Well", "2", "1", "1", "0"],
                ["3. Good Mental Health for All", "2", "2", "0", "0"],
                ["4. Healthy Places and Communities", "2", "1", "1", "0"],
                ["5. Ageing Well and Joined-up Care", "2", "1", "0", "1"],
                ["Total", "10", "6", "3", "1"],
            ],
        },
    ),
    (
        "p",
        "5.2  The table that follows sets out the status of nine of the commitments, with the lead for each and a summary update provided by that lead. The remaining commitment, to develop a Healthy Places Charter with the seven district councils, is reported separately in section 6, because its progress depends on decisions taken by each of the seven councils individually.",
    ),
    ("h2", "Table 1: Status of the JHWS commitments, April 2024 to February 2025"),
    (
        "rag",
        [
            ["Commitment", "Lead", "Status", "Update"],
            [
                "P1. We will expand Bracken Start to all Fellhampton and Cressington Family Hubs",
                "Naomi Asante, Director of Children and Family Services, BCC",
                "Green",
                "The expansion is being phased over 2024/25 and 2025/26, as reported to the Board in September 2024 (Minute 28), starting with the hubs serving the most deprived neighbourhoods. Bracken Start is now delivered from all four Family Hubs in Fellhampton and from the Cressington Central hub, and will start at the remaining Cressington hub in June 2025, on schedule. The programme offers antenatal and early parenting groups, speech, language and communication support, and home learning activities for families with children aged 0-5, delivered jointly by the 0-19 Healthy Child Programme, Family Hub staff and VCSE partners. Between April 2024 and January 2025, 1,184 families took part in at least one Bracken Start activity, of whom 61% lived in the most deprived national quintile. The good level of development at the end of Reception rose from 64.9% to 66.2% in 2023/24, although this predates most of the expansion.",
            ],
            [
                "P1. We will deliver a whole-school healthy weight offer",
                "Dr Fiona Lockwood, Director of Public Health, BCC",
                "Amber",
                "The whole-school healthy weight offer, designed with head teachers, school nurses and the School Sport Partnership, covers the curriculum, school food, active travel and support for families. A pilot cohort of primary schools in Fellhampton and Cressington began using the offer in January 2025; the list of pilot schools was circulated to Board members in December 2024 (action HWB/24/05, now closed). The commitment is rated Amber because roll-out beyond the pilot depends on school nursing capacity within the 0-19 Healthy Child Programme, which has been affected by vacancies, and on the findings of the pilot evaluation in the summer term. The timetable for the county-wide offer will be set in the refreshed delivery plan. Year 6 obesity fell from 22.8% (2022/23) to 22.1% (2023/24).",
            ],
            [
                "P2. We will recommission stop-smoking support within Live Well Bracken",
                "Dr Fiona Lockwood, Director of Public Health, BCC",
                "Green",
                "The recommissioned stop smoking pathway within LWB went live on 1 October 2024. It is funded from the Public Health Grant and the Local Stop Smoking Services and Support Grant (£1.06m in 2024/25), and includes a swap to stop vaping offer for adults, specialist support for pregnant women and their partners delivered with WFHT maternity services, and an enhanced offer for routine and manual workers and for people with severe mental illness, delivered with BCMHP. Between April and December 2024 the service recorded 1,236 four-week quits, 31% more than in the same period of 2023. Adult smoking prevalence fell from 10.6% (2022) to 9.7% (2023, APS), which is why a revised target is proposed in section 7.",
            ],
            [
                "P2. We will launch the Live Well Bracken digital hub",
                "Dr Fiona Lockwood, Director of Public Health, BCC",
                "Amber",
                "The digital hub (website and app) was due to launch in January 2025. The supplier procurement had to be re-run in the autumn after the preferred bidder was unable to meet the Council's data protection and accessibility requirements. The re-run has concluded, a supplier has been appointed, and user testing with residents, organised with Healthwatch Brackenshire and BCAN, is taking place in March 2025. The launch is now planned for April 2025. Face-to-face LWB services have continued throughout. A briefing for Board members will be held before the launch (action HWB/24/06).",
            ],
            [
                "P3. We will refresh the suicide prevention strategy",
                "Lucy Brennan, Consultant in Public Health, BCC",
                "Green",
                "The Draft Suicide Prevention Strategy 2025-2030 has been developed by the SPSG, which reports to the MHWA, and is presented to the Board at agenda item 6 of this meeting. Subject to the Board's endorsement, it will go out to an eight-week public consultation from 1 April to 27 May 2025. The draft draws on the real-time surveillance system run with Brackenshire Constabulary since 2023, on the national suicide prevention strategy for England and on engagement with people with lived experience and bereaved families. The Brackenshire suicide rate of 11.4 per 100,000 (2021-23) remains above the England average, and the draft strategy sets out a programme of action towards the JHWS target of 10.0 per 100,000 by 2030.",
            ],
            [
                "P3. We will train 2,000 frontline staff in suicide awareness by 2027",
                "Rebecca Stanhope, Chief Executive, BCMHP",
                "Green",
                "640 frontline staff have been trained to date, through online suicide awareness modules, half-day workshops and one-day suicide first aid courses. Participants have come from the County Council, BCMHP, Brackenshire Constabulary, WFHT, the VCSE sector and the district councils. A training needs analysis completed in December 2024 identified priority groups for the next phase, including GP practice staff, district council housing officers and debt advisers, and staff in Family Hubs and schools. Around 450 staff a year will need to be trained in 2025, 2026 and 2027, and capacity will be expanded through a train the trainer model led by BCMHP. The commitment is on track.",
            ],
            [
                "P4. We will extend Warm Homes Bracken",
                "Cllr Janet Morrow, Leader, Saltmere and Coast District Council",
                "Green",
                "Warm Homes Bracken, which previously operated in Fellhampton, Cressington and Saltmere and Coast, was extended to all seven districts from October 2024. Between April 2024 and January 2025 the scheme carried out 1,140 home energy advice visits and arranged insulation or heating improvements for 212 households, drawing on national energy efficiency schemes and district council grants. Fuel poverty stood at 13.8% at baseline; updated sub-regional estimates are expected later in 2025.",
            ],
            [
                "P5. We will expand falls prevention",
                "Carl Whitcombe, Director of Adults and Communities, BCC",
                "Red",
                "Strength and balance classes now run in five of the seven districts; recruitment of qualified instructors in Hollinsdale and Oakhurst Vale has been difficult, and the extension of the falls response service run with Western Shires Ambulance Service to evenings and weekends has been delayed to summer 2025. Referrals from the falls response service have increased, but waiting times for classes have lengthened. At the same time, emergency admissions due to falls in people aged 65 and over have not fallen as planned: the 2023/24 rate, calculated under the new OHID method, is 2,318 per 100,000, against a recalculated 2022/23 baseline of 2,290. A falls recovery plan is being prepared through the BCFIG (action HWB/24/17), including the extension of strength and balance classes to Hollinsdale and Oakhurst Vale, a review of the falls pathway with WFHT and Western Shires Ambulance Service, and closer links with Warm Homes Bracken home visits. A revised target is proposed in section 7.",
            ],
            [
                "P5. We will use the Better Care Fund to increase reablement",
                "Jonathan Hale, Director of Brackenshire Place, NHS Bracken and Tamsey ICB",
                "Green",
                "The Better Care Fund Plan 2024/25, approved retrospectively by the Board on 19 September 2024 (Minute 27), funds around 1,150 additional hours a week of reablement and bridging care, a seven-day discharge hub at Wardenbury General Hospital and 18 step-down beds. The additional capacity and the winter contingency were in place by 1 December 2024. The proportion of older people still at home 91 days after discharge from hospital into reablement rose from 82.0% to 83.4% in 2023/24, against the target of 85% by 2027. The Quarter 3 update on the Better Care Fund is at agenda item 5.",
            ],
        ],
    ),
    ("h1", "6. Healthy Places Charter"),
    (
        "p",
        "6.1  Under Priority 4, the strategy commits partners to develop a Healthy Places Charter with the seven district councils, and sets a target for the Charter to be signed by all seven district councils by March 2026. The Charter is a voluntary commitment by each district council to take health into account in its planning, housing and licensing decisions, for example through health impact assessment of major planning applications and restrictions on new hot food takeaways near schools.",
    ),
    (
        "p",
        "6.2  This commitment is rated Amber. A draft Charter was developed during the summer and autumn of 2024 through two workshops attended by planning, housing, environmental health and licensing officers from all seven district councils, together with public health officers and representatives of Healthwatch Brackenshire and BCAN. The draft was circulated to the district councils in November 2024, so that each council can consider it through its own decision-making process during 2025, as the delivery plan allows (Minute 28, 19 September 2024).",
    ),
    (
        "p",
        "6.3  By the end of February 2025 no district council had yet formally signed the Charter, which is in line with the timetable in the delivery plan. Saltmere and Coast District Council, Ravensford Borough Council and Oakhurst Vale District Council expect to consider it at meetings of their cabinets in the spring of 2025, and Wardenbury City Council and Fellhampton Borough Council later in the year. Hollinsdale District Council and Cressington District Council have welcomed the principles of the Charter but have raised concerns about officer capacity, the timing of their local plan reviews and the uncertainty created by the English Devolution White Paper published in December 2024.",
    ),
    (
        "p",
        "6.4  The target of all seven councils signing by March 2026 remains achievable, but the Amber rating reflects the risk that some councils will not have completed their decision-making in time. The actions needed to secure all seven signatures, including practical support for the districts with the most limited capacity, will be set out in the refreshed delivery plan.",
    ),
    ("h1", "7. Progress against the headline targets"),
    (
        "p",
        "7.1  Table 2 shows the latest available data for each of the strategy's headline targets. Baselines are those published in the strategy, except where a recalculated baseline is shown.",
    ),
    ("h2", "Table 2: Headline targets - baseline, latest position and target"),
    (
        "table",
        {
            "widths": [58, 32, 32, 32, 26],
            "rows": [
                ["Indicator", "Baseline", "Latest", "Target", "Direction"],
                [
                    "Year 6 children who are obese",
                    "22.8% (2022/23)",
                    "22.1% (2023/24)",
                    "20% by 2030",
                    "Improving",
                ],
                [
                    "MMR2 uptake at age 5",
                    "88.1%",
                    "88.6% (2023/24)",
                    "95% by 2028",
                    "Improving slowly",
                ],
                [
                    "Good level of development, end of Reception",
                    "64.9%",
                    "66.2% (2023/24)",
                    "70% by 2030",
                    "Improving",
                ],
                [
                    "Adult smoking prevalence (APS)",
                    "10.6% (2022)",
                    "9.7% (2023)",
                    "8% by 2030 (revised; was 9%)",
                    "Improving",
                ],
                [
                    "Physically active adults",
                    "64.2%",
                    "64.8% (2022/23)",
                    "68% by 2030",
                    "Little change",
                ],
                [
                    "Suicide rate per 100,000",
                    "11.4 (2021-23)",
                    "No update yet",
                    "10.0 by 2030",
                    "-",
                ],
                [
                    "NHS Talking Therapies recovery rate",
                    "48%",
                    "49.3% (Q3 2024/25)",
                    "50% by 2026",
                    "Improving",
                ],
                ["Households in fuel poverty", "13.8%", "No update yet", "11% by 2030", "-"],
                [
                    "Healthy Places Charter signed by district councils",
                    "0 of 7",
                    "0 of 7 (draft with all seven)",
                    "7 of 7 by March 2026",
                    "On course, at risk",
                ],
                [
                    "Emergency admissions for falls, aged 65+, per 100,000",
                    "2,210 (2022/23); recalculated 2,290",
                    "2,318 (2023/24)",
                    "2,050 by 2030 (revised; was 1,950)",
                    "Worsening",
                ],
                [
                    "Older people at home 91 days after discharge into reablement",
                    "82.0%",
                    "83.4% (2023/24)",
                    "85% by 2027",
                    "Improving",
                ],
            ],
        },
    ),
    (
        "p",
        "7.2  Six of the eleven measures are moving in the right direction, and the Healthy Places Charter is with all seven district councils for decision. The suicide rate and fuel poverty indicators have not been updated since the strategy was published, and the rate of physical activity has changed little. Falls admissions are moving in the wrong direction, which is reflected in the Red rating for the falls prevention commitment.",
    ),
    (
        "p",
        "7.3  The strategy states that the Board will revise a target where the evidence changes significantly. Two such changes have occurred in the first year, and the Board is asked to approve the revised targets set out below.",
    ),
    ("h2", "Revised target: adult smoking prevalence"),
    (
        "p",
        "7.4  The strategy set a target to reduce adult smoking prevalence from 10.6% in 2022 to 9% by 2030. The APS data for 2023, published during the year, show that prevalence in Brackenshire fell to 9.7%. Although single-year survey estimates should be treated with caution, the fall is consistent with the downward trend of the last decade.",
    ),
    (
        "p",
        "7.5  With prevalence already within 0.7 percentage points of the original target, a target of 9% by 2030 would no longer be sufficiently stretching. The PHLP has therefore recommended a revised target of 8% by 2030. This is consistent with the ambition of the Public Health Strategy 2024-2029 for a tobacco-free Brackenshire and with the direction of national policy towards a smokefree generation.",
    ),
    (
        "p",
        "7.6  Achieving 8% by 2030 will depend on maintaining the expanded stop smoking offer within LWB and on continued focus on routine and manual workers, people with severe mental illness and the most deprived neighbourhoods of Fellhampton and Cressington, so that a falling county average does not mask a widening gap.",
    ),
    ("h2", "Revised target: emergency admissions due to falls, aged 65 and over"),
    (
        "p",
        "7.7  The strategy set a target to reduce emergency hospital admissions due to falls in people aged 65 and over from 2,210 per 100,000 in 2022/23 to 1,950 per 100,000 by 2030. In 2024 OHID changed the method used to calculate this indicator in the Public Health Outcomes Framework, including the population estimates used as the denominator and the way in which admissions are identified. Under the new method the 2022/23 baseline for Brackenshire has been recalculated as 2,290 per 100,000.",
    ),
    (
        "p",
        "7.8  Because the old and new figures are not comparable, the original target can no longer be measured. Applying the same reduction to the new baseline would give a target of around 2,030 per 100,000. However, the latest data for 2023/24 show a rate of 2,318 per 100,000, above the recalculated baseline, and the falls prevention commitment is rated Red.",
    ),
    (
        "p",
        "7.9  The BCFIG has therefore recommended a revised target of 2,050 per 100,000 by 2030. This represents a reduction of 240 per 100,000 from the recalculated baseline, or around 10.5%, and a reduction of almost 270 per 100,000 from the latest position. It remains stretching for a growing and ageing population, but is considered realistic if the falls recovery plan is delivered. The revised target will also be used in Better Care Fund planning for 2025/26, so that the two are aligned.",
    ),
    ("h1", "8. Key challenges"),
    (
        "p",
        "8.1  Leads and sub-groups have identified the following challenges, which are likely to affect delivery in the second year of the strategy:",
    ),
    (
        "list",
        [
            "Falls prevention capacity. Demand for falls services is rising faster than capacity. Instructor recruitment in rural districts, the lengthening waits for strength and balance classes and winter pressures have all contributed to the Red rating.",
            "Workforce. Vacancies in school nursing, mental health services and adult social care are slowing several commitments, including the whole-school healthy weight offer.",
            "Financial pressure. All partner organisations face significant financial pressures. The strategy's commitments are being delivered within existing budgets, and there is a risk that prevention activity is reduced when savings are sought.",
            "District council capacity and reorganisation. Delivery of the Healthy Places Charter and of Warm Homes Bracken depends on the capacity of the district councils, some of which are small. The uncertainty created by the English Devolution White Paper may affect their ability to take on new commitments.",
            "Data lags and changes of method. Several indicators have not been updated since the strategy was published, and the falls indicator shows that national changes of method can affect local targets.",
            "Inequalities. Most indicators are improving on average, but the Board has committed to narrowing the gap between communities. The refreshed delivery plan will include measures broken down by deprivation, with a particular focus on the Core20PLUS5 neighbourhoods covered by Fellhampton Healthy Futures.",
        ],
    ),
    ("h1", "9. Next steps"),
    (
        "p",
        "9.1  Subject to the Board's decisions on this report, the following next steps are proposed:",
    ),
    (
        "list",
        [
            "The JHWS Delivery Plan 2024-2026 will be refreshed by July 2025, rather than April 2025 as previously agreed. It will incorporate the revised targets, the falls recovery plan and the outcome of the suicide prevention consultation.",
            "The Live Well Bracken digital hub will launch in April 2025, and Board members will receive a briefing before the launch.",
            "Subject to the Board's decision at agenda item 6, consultation on the Draft Suicide Prevention Strategy 2025-2030 will run from 1 April to 27 May 2025.",
            "The BCFIG will complete the falls recovery plan and reflect it, and the revised falls target, in Better Care Fund planning for 2025/26.",
            "The district councils will be supported to consider the Healthy Places Charter through their own decision-making processes, with the aim of all seven councils having signed by March 2026.",
            "The JHWS outcomes dashboard on the Brackenshire Insight website will be updated with the revised targets.",
            "The second annual progress report will be presented to the Board in spring 2026.",
        ],
    ),
    ("h1", "10. Consultation and engagement"),
    (
        "p",
        "10.1  The content of this report has been prepared with the leads for each commitment and has been considered by the PHLP, CYPP, MHWA and BCFIG. The revised smoking target was recommended by the PHLP and the revised falls target by the BCFIG. Healthwatch Brackenshire has asked that future reports say more about residents' experience of the services concerned.",
    ),
    ("h1", "11. Financial implications"),
    (
        "p",
        "11.1  There are no direct financial implications arising from the recommendations in this report. The commitments in the strategy are being delivered within the existing budgets of the partner organisations, including the Public Health Grant, which in 2024/25 is £34.87m, and the Better Care Fund. The Live Well Bracken service, including the stop smoking pathway, has a budget of £2.10m in 2024/25, and the Local Stop Smoking Services and Support Grant provides a further £1.06m in 2024/25.",
    ),
    ("h1", "12. Legal implications"),
    (
        "p",
        "12.1  Under section 116A of the Local Government and Public Involvement in Health Act 2007, as amended, the County Council and the integrated care board must prepare a joint local health and wellbeing strategy. Following the Health and Care Act 2022, the Board must have regard to the integrated care strategy prepared by the Bracken and Tamsey Integrated Care Partnership. Revising individual targets does not require the strategy to be re-adopted.",
    ),
    ("h1", "13. Equality implications"),
    (
        "p",
        "13.1  An equality impact assessment was completed when the strategy was adopted. The revisions proposed in this report do not change the strategy's priorities or its focus on reducing health inequalities. Falls prevention activity will prioritise the districts where provision is currently weakest.",
    ),
    ("h1", "14. Risk management"),
    (
        "p",
        "14.1  The principal risks are that the falls prevention commitment remains off track, that not all district councils sign the Healthy Places Charter by March 2026, and that financial pressures reduce prevention activity across the system. These risks will be reviewed in the delivery plan refresh.",
    ),
    ("h1", "15. Background papers"),
    (
        "list",
        [
            'Brackenshire Joint Health and Wellbeing Strategy 2024-2034: "Healthy Lives, Fairer Futures" - Health and Wellbeing Board, 14 March 2024.',
            "JHWS Delivery Plan 2024-2026 - report to the Health and Wellbeing Board, 19 September 2024 (Minute 28).",
            "Better Care Fund Plan 2024/25 - report to the Health and Wellbeing Board, 19 September 2024 (Minute 27).",
            "Healthier Brackenshire: Public Health Strategy 2024-2029 - Brackenshire County Council, July 2024.",
            'Brackenshire Joint Health and Wellbeing Strategy 2019-2023: "Healthier Together".',
        ],
    ),
    ("h1", "16. Appendices"),
    ("list", ["Appendix A - Year One at a glance: public summary."]),
    ("h1", "Officers to contact"),
    (
        "contacts",
        [
            [
                "Gareth Pryce",
                "Health and Wellbeing Board Strategy Manager",
                "Tel: 01632 960562",
                "Email: gareth.pryce@brackenshire.gov.uk",
            ],
            [
                "Dr Fiona Lockwood",
                "Director of Public Health",
                "Tel: 01632 960101",
                "Email: fiona.lockwood@brackenshire.gov.uk",
            ],
        ],
    ),
    ("pagebreak", None),
    ("h1", "Appendix A - Year One at a glance"),
    ("h2", "A message from the Chair and Vice-Chair"),
    (
        "p",
        "A year ago the Board agreed a ten-year strategy so that everyone in Brackenshire lives a healthier, longer life, and the gap between our healthiest and least healthy communities narrows. This report shows what partners have achieved in the first year, and where we need to do better.",
    ),
    (
        "p",
        "There is much to welcome. Bracken Start is now available in every Family Hub in Fellhampton and is expanding across Cressington. More people are quitting smoking than a year ago, and smoking in Brackenshire is now lower than ever, so the Board is being asked to raise our ambition to 8% by 2030. Warm Homes Bracken now covers every district, 640 frontline staff have been trained in suicide awareness, and more older people are staying at home after a period of reablement.",
    ),
    (
        "p",
        "We have also been honest about what has not gone to plan. The Live Well Bracken digital hub will launch in April 2025 rather than January, and emergency admissions for falls among older people are rising. Because the way the figure is calculated has changed, a revised falls target of 2,050 per 100,000 by 2030 is proposed, and partners are preparing a recovery plan. We thank Cllr Margaret Ellery for her leadership of the Board over the last year.",
    ),
    (
        "signoff",
        [
            "Cllr David Okonjo, Chair, Brackenshire Health and Wellbeing Board",
            "Dr Amelia Thorne, Vice-Chair, Brackenshire Health and Wellbeing Board",
        ],
    ),
]
