package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.agenda.Agendas;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.rep.Reps;
import java.time.LocalDate;
import javax.inject.Inject;

/** {@code /api/agenda?date=}: the carousel for a day, the rep's today by default. */
final class AgendaResource {
    private final Reps reps;
    private final Agendas agendas;

    @Inject
    AgendaResource(Reps reps, Agendas agendas) {
        this.reps = reps;
        this.agendas = agendas;
    }

    APIGatewayV2HTTPResponse forDay(ApiRequest req, Caller caller) {
        RepProfile rep = reps.profileOf(caller);
        LocalDate day = req.query("date").map(d -> Requests.date("date", d)).orElseGet(() -> agendas.today(rep));
        return ApiResponse.json(200, Views.agenda(agendas.forDay(rep, day)));
    }
}
