package com.salescarousel.entry.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.salescarousel.agenda.Agendas;
import com.salescarousel.rep.Caller;
import com.salescarousel.rep.RepProfile;
import com.salescarousel.rep.Reps;
import com.salescarousel.touch.TouchStore;
import java.time.LocalDate;
import javax.inject.Inject;

/** {@code /api/agenda?date=}: the carousel for a day, the rep's today by default, with how many due touches are done. */
final class AgendaResource {
    private final Reps reps;
    private final Agendas agendas;
    private final TouchStore touches;

    @Inject
    AgendaResource(Reps reps, Agendas agendas, TouchStore touches) {
        this.reps = reps;
        this.agendas = agendas;
        this.touches = touches;
    }

    APIGatewayV2HTTPResponse forDay(ApiRequest req, Caller caller) {
        RepProfile rep = reps.profileOf(caller);
        LocalDate day = req.query("date").map(d -> Requests.date("date", d)).orElseGet(() -> agendas.today(rep));
        return ApiResponse.json(200, Views.agenda(agendas.forDay(rep, day), touches.dueDoneOn(rep.repId(), day)));
    }
}
