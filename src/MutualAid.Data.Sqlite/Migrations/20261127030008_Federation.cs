using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MutualAid.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Federation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeliveryHost",
                columns: table => new
                {
                    Host = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastFailureAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSuccessAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryHost", x => x.Host);
                });

            migrationBuilder.CreateTable(
                name: "DomainBlock",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DomainBlock", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FederatedReport",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ReporterIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    TargetActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ObjectIris = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FederatedReport", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Following",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocalActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    RemoteActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FollowActivityIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Following", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxItem",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActivityIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ActivityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    AuthenticatedBy = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxItem", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Interaction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActivityIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ObjectIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interaction", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxActivity",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Iri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    Listed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxActivity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemoteActor",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Iri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InboxUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    SharedInboxUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    FollowersUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ProfileUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ManuallyApprovesFollowers = table.Column<bool>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    FetchedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemoteActor", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemoteBlock",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RemoteActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    LocalActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    ActivityIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemoteBlock", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryJob",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutboxActivityId = table.Column<long>(type: "INTEGER", nullable: false),
                    InboxUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryJob", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliveryJob_OutboxActivity_OutboxActivityId",
                        column: x => x.OutboxActivityId,
                        principalTable: "OutboxActivity",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Follower",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LocalActorIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    RemoteActorId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FollowActivityIri = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Follower", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Follower_RemoteActor_RemoteActorId",
                        column: x => x.RemoteActorId,
                        principalTable: "RemoteActor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryJob_OutboxActivityId_InboxUrl",
                table: "DeliveryJob",
                columns: new[] { "OutboxActivityId", "InboxUrl" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryJob_State_NextAttemptAt",
                table: "DeliveryJob",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DomainBlock_Domain",
                table: "DomainBlock",
                column: "Domain",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FederatedReport_ActivityIri",
                table: "FederatedReport",
                column: "ActivityIri",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Follower_LocalActorIri_RemoteActorId",
                table: "Follower",
                columns: new[] { "LocalActorIri", "RemoteActorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Follower_RemoteActorId",
                table: "Follower",
                column: "RemoteActorId");

            migrationBuilder.CreateIndex(
                name: "IX_Following_FollowActivityIri",
                table: "Following",
                column: "FollowActivityIri");

            migrationBuilder.CreateIndex(
                name: "IX_Following_LocalActorIri_RemoteActorIri",
                table: "Following",
                columns: new[] { "LocalActorIri", "RemoteActorIri" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxItem_ActivityIri",
                table: "InboxItem",
                column: "ActivityIri",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxItem_State_NextAttemptAt",
                table: "InboxItem",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Interaction_ActivityIri",
                table: "Interaction",
                column: "ActivityIri",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interaction_ObjectIri_Kind",
                table: "Interaction",
                columns: new[] { "ObjectIri", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxActivity_ActorIri_Id",
                table: "OutboxActivity",
                columns: new[] { "ActorIri", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxActivity_Iri",
                table: "OutboxActivity",
                column: "Iri",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemoteActor_Domain",
                table: "RemoteActor",
                column: "Domain");

            migrationBuilder.CreateIndex(
                name: "IX_RemoteActor_Iri",
                table: "RemoteActor",
                column: "Iri",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemoteBlock_RemoteActorIri_LocalActorIri",
                table: "RemoteBlock",
                columns: new[] { "RemoteActorIri", "LocalActorIri" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeliveryHost");

            migrationBuilder.DropTable(
                name: "DeliveryJob");

            migrationBuilder.DropTable(
                name: "DomainBlock");

            migrationBuilder.DropTable(
                name: "FederatedReport");

            migrationBuilder.DropTable(
                name: "Follower");

            migrationBuilder.DropTable(
                name: "Following");

            migrationBuilder.DropTable(
                name: "InboxItem");

            migrationBuilder.DropTable(
                name: "Interaction");

            migrationBuilder.DropTable(
                name: "RemoteBlock");

            migrationBuilder.DropTable(
                name: "OutboxActivity");

            migrationBuilder.DropTable(
                name: "RemoteActor");
        }
    }
}
