using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Core.State;

/// <summary>The subscription tables of <see cref="FhirStateDbContext"/>: subscriptions, the outbox and numbered events.</summary>
internal static class SubscriptionModel
{
    public static void Build(ModelBuilder modelBuilder, bool postgres)
    {
        modelBuilder.Entity<SubscriptionRecord>(e =>
        {
            var (name, schema) = FhirStateDbContext.Table(postgres, "subscription");
            e.ToTable(name, schema);
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasColumnName("id").HasMaxLength(64);
            e.Property(s => s.Version).HasColumnName("version");
            e.Property(s => s.Status).HasColumnName("status").HasMaxLength(16);
            e.Property(s => s.Kind).HasColumnName("kind").HasMaxLength(16);
            e.Property(s => s.Criteria).HasColumnName("criteria");
            e.Property(s => s.ResourceType).HasColumnName("resource_type").HasMaxLength(64);
            e.Property(s => s.Filters).HasColumnName("filters");
            e.Property(s => s.ChannelType).HasColumnName("channel_type").HasMaxLength(32);
            e.Property(s => s.Endpoint).HasColumnName("endpoint");
            e.Property(s => s.Payload).HasColumnName("payload");
            e.Property(s => s.Content).HasColumnName("content").HasMaxLength(16);
            e.Property(s => s.Headers).HasColumnName("headers");
            e.Property(s => s.HeartbeatSeconds).HasColumnName("heartbeat_seconds");
            e.Property(s => s.TimeoutSeconds).HasColumnName("timeout_seconds");
            e.Property(s => s.MaxCount).HasColumnName("max_count");
            e.Property(s => s.EndAt).HasColumnName("end_at");
            e.Property(s => s.EventCount).HasColumnName("event_count");
            e.Property(s => s.Error).HasColumnName("error");
            e.Property(s => s.Resource).HasColumnName("resource");
            e.Property(s => s.BaseUrl).HasColumnName("base_url");
            e.Property(s => s.Owner).HasColumnName("owner");
            e.Property(s => s.CreatedAt).HasColumnName("created_at");
            e.Property(s => s.UpdatedAt).HasColumnName("updated_at");
            e.Property(s => s.LastSentAt).HasColumnName("last_sent_at");
        });
        modelBuilder.Entity<ChangeEvent>(e =>
        {
            var (name, schema) = FhirStateDbContext.Table(postgres, "change_event");
            e.ToTable(name, schema);
            e.HasKey(c => c.Seq);
            e.Property(c => c.Seq).HasColumnName("seq").ValueGeneratedOnAdd();
            e.Property(c => c.ResourceType).HasColumnName("resource_type").HasMaxLength(64);
            e.Property(c => c.ResourceId).HasColumnName("resource_id").HasMaxLength(64);
            e.Property(c => c.VersionId).HasColumnName("version_id").HasMaxLength(64);
            e.Property(c => c.Action).HasColumnName("action").HasMaxLength(16);
            e.Property(c => c.OccurredAt).HasColumnName("occurred_at");
            e.Property(c => c.Origin).HasColumnName("origin").HasMaxLength(16);
            e.Property(c => c.ProcessedAt).HasColumnName("processed_at");
        });
        modelBuilder.Entity<SubscriptionEvent>(e =>
        {
            var (name, schema) = FhirStateDbContext.Table(postgres, "subscription_event");
            e.ToTable(name, schema);
            e.HasKey(v => new { v.SubscriptionId, v.EventNumber });
            e.Property(v => v.SubscriptionId).HasColumnName("subscription_id").HasMaxLength(64);
            e.Property(v => v.EventNumber).HasColumnName("event_number");
            e.Property(v => v.ChangeSeq).HasColumnName("change_seq");
            e.Property(v => v.ResourceType).HasColumnName("resource_type").HasMaxLength(64);
            e.Property(v => v.ResourceId).HasColumnName("resource_id").HasMaxLength(64);
            e.Property(v => v.VersionId).HasColumnName("version_id").HasMaxLength(64);
            e.Property(v => v.Action).HasColumnName("action").HasMaxLength(16);
            e.Property(v => v.OccurredAt).HasColumnName("occurred_at");
            e.Property(v => v.State).HasColumnName("state").HasMaxLength(16);
            e.Property(v => v.Attempts).HasColumnName("attempts");
            e.Property(v => v.NextAttemptAt).HasColumnName("next_attempt_at");
            e.Property(v => v.DeliveredAt).HasColumnName("delivered_at");
            e.Property(v => v.LastError).HasColumnName("last_error");
            e.HasOne<SubscriptionRecord>().WithMany().HasForeignKey(v => v.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
