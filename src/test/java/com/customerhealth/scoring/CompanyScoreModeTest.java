package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyScoreModeTest {

    /** Members are written score:tickets, a blank score being a member without one. */
    @ParameterizedTest(name = "{0} of [{1}] = {2} {3}")
    @CsvSource(textBlock = """
            mean,            100:1 50:1 0:1,   50,   AVERAGE
            mean,            100:1 75:1,       88,   HEALTHY
            mean,            100:1 :9 25:1,    63,   AVERAGE
            mean,            :1 :2,            ,     NO_DATA
            mean,            ,                 ,     NO_DATA
            lowest,          100:1 50:1 30:1,  30,   POOR
            lowest,          100:4 :1,         100,  HEALTHY
            lowest,          :1,               ,     NO_DATA
            ticket-weighted, 100:3 0:1,        75,   HEALTHY
            ticket-weighted, 100:1 0:3,        25,   POOR
            ticket-weighted, 100:1 50:1,       75,   HEALTHY
            ticket-weighted, 100:0 50:0,       75,   HEALTHY
            ticket-weighted, 100:0 40:2 :7,    40,   AVERAGE
            ticket-weighted, 90:1 40:2,        57,   AVERAGE
            """)
    void companyScoreCombinesTheMembersThatHaveAScore(String mode, String members, Integer score, Health health) {
        ScoringRules rules = ScoringRules.of(Preset.B2B).withCompanyMode(CompanyScoreMode.fromKey(mode));

        CompanyScore company = rules.companyScore(parse(members));

        assertEquals(score, company.value());
        assertEquals(health, company.health());
        assertEquals(CompanyScoreMode.fromKey(mode), company.mode());
    }

    private static List<MemberScore> parse(String members) {
        List<MemberScore> parsed = new ArrayList<>();
        if (members == null) {
            return parsed;
        }
        int id = 0;
        for (String member : members.trim().split("\\s+")) {
            String[] parts = member.split(":");
            Integer score = parts[0].isEmpty() ? null : Integer.valueOf(parts[0]);
            parsed.add(new MemberScore("c" + id++, score, Integer.parseInt(parts[1])));
        }
        return parsed;
    }
}
