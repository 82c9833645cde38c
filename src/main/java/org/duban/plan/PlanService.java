package org.duban.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.ConflictException;
import org.duban.common.EntityTags;
import org.duban.common.InvalidRequestException;
import org.duban.common.JpqlFilter;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.PatchBase;
import org.duban.common.QueryParams;
import org.duban.common.ResourceNotFoundException;
import org.duban.common.SortOrder;
import org.duban.unit.Unit;
import org.duban.unit.UnitRepository;

/** The rules of plans: one plan per region, year and title; the issuer is a unit of the same region. */
@ApplicationScoped
public class PlanService {

    private static final Map<String, String> SORTABLE = Map.of("year", "p.planYear", "title", "p.title",
            "publishedOn", "p.publishedOn", "updatedAt", "p.updatedAt", "id", "p.id");

    private final PlanRepository plans;
    private final UnitRepository units;
    private final EntityTags tags;

    private final PlanVisibility visibility;
    private final AuditLog audit;

    public PlanService(PlanRepository plans, UnitRepository units, EntityTags tags, PlanVisibility visibility,
            AuditLog audit) {
        this.plans = plans;
        this.units = units;
        this.tags = tags;
        this.visibility = visibility;
        this.audit = audit;
    }

    /** Filters of the plan list; any may be null. */
    public record PlanQuery(String region, Integer year, Disclosure disclosure, String q, String sort) {
    }

    public PageResponse<PlanResponse> list(PlanQuery query, PageRequest page) {
        JpqlFilter filter = new JpqlFilter();
        if (visibility.publicOnly()) {
            filter.and("p.disclosure = :visible", "visible", Disclosure.PUBLIC);
        }
        if (query.region() != null && !query.region().isBlank()) {
            filter.and("p.region = :region", "region", query.region().strip());
        }
        if (query.year() != null) {
            filter.and("p.planYear = :year", "year", query.year());
        }
        if (query.disclosure() != null) {
            filter.and("p.disclosure = :disclosure", "disclosure", query.disclosure());
        }
        String like = QueryParams.likePattern(query.q());
        if (like != null) {
            filter.and("lower(p.title) like :q escape '!'", "q", like);
        }
        var found = filter.page(plans.getEntityManager(), "select p from Plan p left join fetch p.issuer",
                "select count(p) from Plan p", SortOrder.orderBy(query.sort(), "-year", SORTABLE, "p.id"), page,
                Plan.class);
        return PageResponse.of(found.rows().stream().map(PlanResponse::of).toList(), page, found.total());
    }

    public PlanResponse get(long id) {
        Plan plan = find(id);
        visibility.require(plan, "plan", id);
        return PlanResponse.of(plan);
    }

    /** The plan entity, for the features that hang their data on it; 404 when absent. */
    public Plan find(long id) {
        return plans.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("plan", id));
    }

    @Transactional
    public PlanResponse create(PlanRequest request) {
        Plan plan = new Plan();
        apply(plan, request);
        plans.persist(plan);
        plans.flush();
        PlanResponse created = PlanResponse.of(plan);
        audit.created(AuditEntityType.PLAN, plan.id, null, created);
        return created;
    }

    @Transactional
    public PlanResponse update(long id, String ifMatch, PlanRequest request) {
        Plan plan = find(id);
        PlanResponse before = PlanResponse.of(plan);
        tags.requireMatch(ifMatch, before);
        apply(plan, request);
        plans.flush();
        PlanResponse after = PlanResponse.of(plan);
        audit.updated(AuditEntityType.PLAN, plan.id, null, before, after);
        return after;
    }

    /** The current state in the shape of a PUT body, with the tag of the representation it was read from. */
    public PatchBase<PlanRequest> currentRequest(long id) {
        PlanResponse current = get(id);
        return new PatchBase<>(current.toRequest(), tags.of(current));
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Plan plan = find(id);
        PlanResponse before = PlanResponse.of(plan);
        tags.requireMatch(ifMatch, before);
        try {
            plans.delete(plan);
            plans.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("Plan " + id + " still has tasks; delete them first");
        }
        audit.deleted(AuditEntityType.PLAN, id, null, before);
    }

    private void apply(Plan plan, PlanRequest request) {
        String region = request.region().strip();
        String title = request.title().strip();
        plans.findByNaturalKey(region, request.year(), title)
                .filter(other -> !other.id.equals(plan.id))
                .ifPresent(other -> {
                    throw new ConflictException("Plan " + other.id + " already has this title, year and region");
                });
        plan.title = title;
        plan.planYear = request.year();
        plan.region = region;
        plan.disclosure = request.disclosure();
        plan.issuer = issuerOf(region, request.issuer());
        plan.publishedOn = request.publishedOn();
        plan.documentNumber = blankToNull(request.documentNumber());
        plan.sourceText = request.sourceText();
    }

    private Unit issuerOf(String region, String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return null;
        }
        return units.findByNameOrAlias(region, issuer.strip()).orElseThrow(() -> new InvalidRequestException("issuer",
                "no unit named '" + issuer.strip() + "' in " + region + "; create it or add the name as an alias"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
