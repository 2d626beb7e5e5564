package org.bksbbridge.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.bksbbridge.accounts.AccountResource;
import org.bksbbridge.alerts.AlertResource;
import org.bksbbridge.audit.AuditResource;
import org.bksbbridge.calls.CallLogResource;
import org.bksbbridge.centre.CentreResource;
import org.bksbbridge.events.EventResource;
import org.bksbbridge.health.HealthResource;
import org.bksbbridge.imports.ImportResource;
import org.bksbbridge.jobs.JobResource;
import org.bksbbridge.learner.LearnerResource;
import org.bksbbridge.mail.OutboxResource;
import org.bksbbridge.mybksb.MyBksbResource;
import org.bksbbridge.permissions.MeResource;
import org.bksbbridge.permissions.PermissionResource;
import org.bksbbridge.reports.ReportResource;
import org.bksbbridge.results.ResultResource;
import org.bksbbridge.schedule.ScheduleResource;
import org.bksbbridge.security.Roles;
import org.bksbbridge.settings.SettingsResource;
import org.bksbbridge.sync.assessments.RefreshResource;
import org.bksbbridge.sync.matching.LinkResource;
import org.bksbbridge.webhooks.WebhookResource;

@ApplicationPath("/api/v1")
@DeclareRoles({Roles.ADMIN, Roles.MANAGER, Roles.TUTOR})
public class RestApplication extends Application {
  /** Listed, because a second application (the bksb sandbox) shares this WAR. */
  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes =
        new HashSet<>(
            Set.of(
                CentreResource.class,
                LearnerResource.class,
                ImportResource.class,
                JobResource.class,
                SettingsResource.class,
                LinkResource.class,
                ResultResource.class,
                RefreshResource.class,
                ScheduleResource.class,
                ReportResource.class,
                MeResource.class,
                MyBksbResource.class,
                PermissionResource.class,
                CallLogResource.class,
                AccountResource.class,
                OutboxResource.class,
                HealthResource.class,
                AuditResource.class,
                AlertResource.class,
                EventResource.class,
                WebhookResource.class,
                OpenApiResource.class));
    classes.addAll(ErrorMappers.ALL);
    classes.add(JsonBodyReader.class);
    return classes;
  }
}
