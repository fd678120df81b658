package com.customerhealth.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.customerhealth.scoring.Band;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.ParameterScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationJsonTest {

    @Test
    void parametersReadBackAsWritten() {
        List<ParameterScore> parameters = List.of(
                new ParameterScore(Parameter.AVG_CSAT, true, 1.5, Band.POOR, 0, 2.0, 2.5, 1.5, 3.0),
                new ParameterScore(Parameter.OPEN_TICKETS, false, null, Band.NO_DATA, null, 1.0, 2.0, 3.0, null),
                new ParameterScore(Parameter.TICKETS_IN_WINDOW, true, 0.0, Band.GOOD, 100, 0.5, 2.0, 3.0, null));

        assertEquals(parameters, ExplanationJson.readParameters(ExplanationJson.writeParameters(parameters)));
    }

    @Test
    void fieldsOfALaterVersionAreSteppedOver() {
        String stored = "[{\"key\":\"avgCsat\",\"note\":{\"a\":[1,{\"b\":2}]},\"enabled\":true,\"band\":\"good\","
                + "\"extra\":[1,2],\"weight\":1,\"goodAverage\":2.5,\"averagePoor\":1.5,\"value\":3,\"points\":100,"
                + "\"flag\":false}]";

        assertEquals(List.of(new ParameterScore(Parameter.AVG_CSAT, true, 3.0, Band.GOOD, 100, 1.0, 2.5, 1.5, null)),
                ExplanationJson.readParameters(stored));
    }

    @Test
    void noParametersReadAsNone() {
        assertEquals(List.of(), ExplanationJson.readParameters("[]"));
    }
}
